using System;
using System.Collections.Generic;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Utility;

namespace DomainModel.Claims;

public static partial class CrossDocumentChecks
{
    /// <summary>The most findings (disagreements and inconclusive checks) <see cref="Timeline(IReadOnlyList{ClaimsDocument})"/>
    /// lists in one call: 100,000 (a few hundred bytes each, so some tens of MB at the limit).</summary>
    public const int DefaultMaxFindings = 100_000;

    /// <summary>
    /// Checks the claims of different documents against each other as a timeline, with identical statements merged.
    /// Claims are indexed by (subject, metric, quantity, unit); claims with the same period and the same estimate (and
    /// the same "partOf") are one <see cref="CrossDocumentStatement"/> with all their sources, and the statements of
    /// one quantity are ordered by period. Each statement is checked as <c>consistent</c> against the statements whose
    /// periods overlap its own, as an <c>increase</c> against its neighbours in time (the statements before it with
    /// no other statement wholly between), and against every earlier statement whose figure lies wholly above its own
    /// (a fall, which is a disagreement whether or not the two are neighbours); a part against the statements of its
    /// whole over an overlapping period. A statement made by several documents is checked against itself once.
    /// Relations stated across documents are checked as by <see cref="Check(IReadOnlyList{ClaimsDocument})"/>.
    /// Every disagreement the all-pairs check gives between statements is listed, merged; agreements are counted.
    /// </summary>
    /// <param name="documents">The documents, two or more for any finding.</param>
    /// <returns>The statements, the findings that are not agreements, and the agreements counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">More than <see cref="DefaultMaxFindings"/> findings are not agreements (the message says so).</exception>
    /// <remarks>Work and memory grow with the claims, the distinct statements and their disagreements: copies of one
    /// statement add a source each, not a finding. Stateless and thread-safe.</remarks>
    public static CrossDocumentTimeline Timeline(IReadOnlyList<ClaimsDocument> documents) => Timeline(documents, DefaultMaxFindings);

    /// <summary>As <see cref="Timeline(IReadOnlyList{ClaimsDocument})"/>, with a bound on the findings listed.</summary>
    /// <param name="documents">The documents, two or more for any finding.</param>
    /// <param name="maxFindings">The most findings that are not agreements to list, at least 0.</param>
    /// <returns>The statements, the findings that are not agreements, and the agreements counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxFindings"/> is negative.</exception>
    /// <exception cref="ArgumentException">More than <paramref name="maxFindings"/> findings are not agreements (the message says so).</exception>
    public static CrossDocumentTimeline Timeline(IReadOnlyList<ClaimsDocument> documents, int maxFindings) => Timeline(documents, maxFindings, null);

    /// <summary>As <see cref="Timeline(IReadOnlyList{ClaimsDocument}, int)"/>, indexing and checking only the claims
    /// of the (subject, metric) that <paramref name="shard"/> keeps and the parts of such a whole, and keeping only the
    /// findings (and agreements) whose home that is (<see cref="CrossDocumentShards"/>): the consistency, increases
    /// and repeated statements of a kept quantity, a part against a kept whole, a stated relation whose first claim is
    /// kept. Null keeps every one.</summary>
    internal static CrossDocumentTimeline Timeline(IReadOnlyList<ClaimsDocument> documents, int maxFindings, Func<string, string, bool>? shard)
    {
        Preconditions.CheckNotNull(documents);
        Preconditions.CheckRange(maxFindings, 0, int.MaxValue);
        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i] is null)
            {
                throw new ArgumentNullException(nameof(documents), FormattableString.Invariant($"The document at index {i} is null."));
            }
        }

        var result = new TimelineBuilder(documents, maxFindings, shard);
        return result.Build();
    }

    /// <summary>The timeline's state while it is built.</summary>
    private sealed class TimelineBuilder(IReadOnlyList<ClaimsDocument> documents, int maxFindings, Func<string, string, bool>? shard)
    {
        private readonly List<CrossDocumentFinding> _stated = [];
        private readonly List<CrossDocumentFinding> _paired = [];
        private HashSet<(DocumentClaim, DocumentClaim)> _statedPairs = [];
        private int _agreements;
        private long _agreeingPairs;

        public CrossDocumentTimeline Build()
        {
            // The stated relations, each its own finding; the claims they name are kept apart (never merged), so
            // that a pair a relation names is not paired again by subject and metric.
            var statedChecks = Stated(documents, out var statedPairs);
            _statedPairs = statedPairs;
            var apart = new HashSet<DocumentClaim>(ReferenceEqualityComparer.Instance);
            foreach (var (a, b) in statedPairs)
            {
                apart.Add(a);
                apart.Add(b);
            }

            var statements = new List<CrossDocumentStatement>();
            var byStatement = new Dictionary<StatementKey, CrossDocumentStatement>(StatementKeyComparer.Instance);
            var groups = new Dictionary<Key, List<CrossDocumentStatement>>(KeyComparer.Instance);
            int claims = 0;
            for (int i = 0; i < documents.Count; i++)
            {
                foreach (var claim in documents[i].Claims)
                {
                    if (!Keeps(claim.Subject, claim.Metric) && (claim.PartOfSubject is not { } wholeSubject || claim.PartOfMetric is not { } wholeMetric || !Keeps(wholeSubject, wholeMetric)))
                    {
                        continue; // neither of the shard nor a part of its whole: no finding of the shard names it
                    }

                    claims++;
                    var key = new Key(claim.Subject, claim.Metric, claim.Claim.QuantityType, claim.Claim.UnitText);
                    var statementKey = new StatementKey(key, claim.Claim.Period.Span, claim.Claim.Interval, claim.PartOfSubject, claim.PartOfMetric, apart.Contains(claim) ? claim : null);
                    if (!byStatement.TryGetValue(statementKey, out var statement))
                    {
                        statement = new CrossDocumentStatement(statements.Count);
                        byStatement[statementKey] = statement;
                        statements.Add(statement);
                        if (!groups.TryGetValue(key, out var group))
                        {
                            groups[key] = group = [];
                        }

                        group.Add(statement);
                    }

                    statement.Add(new CrossDocumentSource(i, documents[i], claim));
                }
            }

            byStatement.Clear();
            foreach (var check in statedChecks)
            {
                if (!Keeps(check.FirstClaim.Subject, check.FirstClaim.Metric))
                {
                    continue; // a stated relation's home is its first claim's (subject, metric)
                }

                var first = new CrossDocumentStatement(-1);
                first.Add(Source(check.FirstDocument, check.FirstClaim));
                var second = new CrossDocumentStatement(-1);
                second.Add(Source(check.SecondDocument, check.SecondClaim));
                Record(_stated, new CrossDocumentFinding(check.Kind, first, second, check.Check, 1, check.Relation));
            }

            foreach (var (key, group) in groups)
            {
                CheckGroup(group, groups, Keeps(key.Subject, key.Metric));
            }

            _paired.Sort(static (x, y) => x.First.Order != y.First.Order ? x.First.Order.CompareTo(y.First.Order)
                : x.Second.Order != y.Second.Order ? x.Second.Order.CompareTo(y.Second.Order) : x.Kind.CompareTo(y.Kind));
            _stated.AddRange(_paired);
            return new CrossDocumentTimeline(claims, statements, _stated, _agreements, _agreeingPairs);
        }

        private CrossDocumentSource Source(ClaimsDocument document, DocumentClaim claim)
        {
            for (int i = 0; i < documents.Count; i++)
            {
                if (ReferenceEquals(documents[i], document))
                {
                    return new CrossDocumentSource(i, document, claim);
                }
            }

            throw new InvalidOperationException("A stated relation names a document that is not among those given."); // unreachable: Stated resolves among them
        }

        private bool Keeps(string subject, string metric) => shard is null || shard(subject, metric);

        /// <param name="group">The statements of one quantity.</param>
        /// <param name="groups">Every quantity's statements (for the wholes of parts).</param>
        /// <param name="own">Whether the quantity's own findings are kept (false: only its parts against a kept whole).</param>
        private void CheckGroup(List<CrossDocumentStatement> group, Dictionary<Key, List<CrossDocumentStatement>> groups, bool own)
        {
            if (own)
            {
                CheckOwn(group);
            }

            // Parts against their wholes over overlapping periods.
            foreach (var part in group)
            {
                var c = part.Claim;
                if (c.PartOfSubject is null || c.PartOfMetric is null || !Keeps(c.PartOfSubject, c.PartOfMetric))
                {
                    continue;
                }

                var wholeKey = new Key(c.PartOfSubject, c.PartOfMetric, c.Claim.QuantityType, c.Claim.UnitText);
                if (KeyComparer.Instance.Equals(wholeKey, new Key(c.Subject, c.Metric, c.Claim.QuantityType, c.Claim.UnitText)) || !groups.TryGetValue(wholeKey, out var wholes))
                {
                    continue;
                }

                foreach (var whole in wholes)
                {
                    if (Start(whole) <= End(part) && Start(part) <= End(whole))
                    {
                        Pair(RelationKind.PartOf, part, whole, symmetric: false);
                    }
                }
            }
        }

        /// <summary>A quantity's statements against each other: repeated statements, consistency, increases.</summary>
        private void CheckOwn(List<CrossDocumentStatement> group)
        {
            // A statement made by several documents, against itself.
            foreach (var s in group)
            {
                if (s.DocumentCount > 1)
                {
                    var (x, y) = Representatives(s, s);
                    long pairs = PairsWithin(s);
                    if (TryAdd(RelationKind.Consistent, x.Claim, y.Claim, out var check))
                    {
                        Record(_paired, new CrossDocumentFinding(RelationKind.Consistent, s, s, check!, pairs));
                    }
                }
            }

            var byStart = group.ToArray();
            Array.Sort(byStart, static (x, y) => Start(x) != Start(y) ? Start(x).CompareTo(Start(y)) : End(x) != End(y) ? End(x).CompareTo(End(y)) : x.Order.CompareTo(y.Order));

            // Consistency: every statement against the later-starting ones whose periods overlap its own.
            for (int i = 0; i < byStart.Length; i++)
            {
                for (int j = i + 1; j < byStart.Length && Start(byStart[j]) <= End(byStart[i]); j++)
                {
                    Pair(RelationKind.Consistent, byStart[i], byStart[j], symmetric: true);
                }
            }

            // Increase: neighbours in time, and every fall below an earlier statement.
            var byEnd = group.ToArray();
            Array.Sort(byEnd, static (x, y) => End(x) != End(y) ? End(x).CompareTo(End(y)) : x.Order.CompareTo(y.Order));
            var ends = new DateOnly[byEnd.Length];
            var maxStart = new DateOnly[byEnd.Length];
            var position = new Dictionary<CrossDocumentStatement, int>(ReferenceEqualityComparer.Instance);
            for (int k = 0; k < byEnd.Length; k++)
            {
                ends[k] = End(byEnd[k]);
                maxStart[k] = k == 0 || Start(byEnd[k]) > maxStart[k - 1] ? Start(byEnd[k]) : maxStart[k - 1];
                position[byEnd[k]] = k;
            }

            var earlierByLower = new SortedSet<CrossDocumentStatement>(HighestLowerFirst.Instance);
            int inserted = 0;
            foreach (var later in byStart)
            {
                int p = FirstAtOrAfter(ends, Start(later)); // byEnd[0..p) end before `later` starts
                while (inserted < p)
                {
                    if (byEnd[inserted].Claim.Claim.Interval.Lower is not null)
                    {
                        earlierByLower.Add(byEnd[inserted]);
                    }

                    inserted++;
                }

                if (p == 0)
                {
                    continue;
                }

                // Neighbours: the earlier statements that end at or after the latest start among them (none wholly between).
                int q = FirstAtOrAfter(ends, maxStart[p - 1]);
                for (int k = q; k < p; k++)
                {
                    Pair(RelationKind.Increase, byEnd[k], later, symmetric: false);
                }

                // Falls: earlier statements wholly above this one, highest lower bound first; neighbours are done.
                if (later.Claim.Claim.Interval.Upper is not decimal upper)
                {
                    continue;
                }

                foreach (var earlier in earlierByLower)
                {
                    if (earlier.Claim.Claim.Interval.Lower!.Value < upper)
                    {
                        break;
                    }

                    if (position[earlier] < q && later.Claim.Claim.Interval.Compare(earlier.Claim.Claim.Interval) == EstimateOrder.Less)
                    {
                        Pair(RelationKind.Increase, earlier, later, symmetric: false);
                    }
                }
            }

        }

        private void Pair(RelationKind kind, CrossDocumentStatement first, CrossDocumentStatement second, bool symmetric)
        {
            if (first.DocumentCount == 1 && second.DocumentCount == 1 && first.Sources[0].DocumentIndex == second.Sources[0].DocumentIndex)
            {
                return; // claims of one document: its relations are its own
            }

            var (x, y) = Representatives(first, second);
            if (_statedPairs.Contains((x.Claim, y.Claim)))
            {
                // A pair a relation names: the document says what the two figures are to each other. A claim a
                // relation names is merged only with itself (a document given twice), so every pair here is that one.
                return;
            }

            if (symmetric && x.DocumentIndex > y.DocumentIndex)
            {
                (first, second, x, y) = (second, first, y, x);
            }

            if (TryAdd(kind, x.Claim, y.Claim, out var check))
            {
                Record(_paired, new CrossDocumentFinding(kind, first, second, check!, PairsBetween(first, second)));
            }
        }

        private void Record(List<CrossDocumentFinding> list, CrossDocumentFinding finding)
        {
            if (finding.Verdict == Verdict.Agrees)
            {
                _agreements++;
                _agreeingPairs += finding.Pairs;
                return;
            }

            if (_stated.Count + _paired.Count >= maxFindings)
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"The {documents.Count} documents give more than {maxFindings} findings across documents that are not agreements; check fewer documents at once, or pass a higher limit."),
                    nameof(documents));
            }

            list.Add(finding);
        }
    }

    private static DateOnly Start(CrossDocumentStatement s) => s.Claim.Claim.Period.Span.Start;

    private static DateOnly End(CrossDocumentStatement s) => s.Claim.Claim.Period.Span.End;

    /// <summary>The first index whose end is at or after <paramref name="day"/> (ends ascending).</summary>
    private static int FirstAtOrAfter(DateOnly[] ends, DateOnly day)
    {
        int low = 0, high = ends.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (ends[mid] < day)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>One source of each statement, from different documents (the first such, in the given order).</summary>
    private static (CrossDocumentSource First, CrossDocumentSource Second) Representatives(CrossDocumentStatement first, CrossDocumentStatement second)
    {
        var x = first.Sources[0];
        foreach (var y in second.Sources)
        {
            if (y.DocumentIndex != x.DocumentIndex)
            {
                return (x, y);
            }
        }

        var t = second.Sources[0];
        foreach (var s in first.Sources)
        {
            if (s.DocumentIndex != t.DocumentIndex)
            {
                return (s, t);
            }
        }

        throw new InvalidOperationException("Two statements of one document have no pair across documents."); // unreachable: callers test it
    }

    /// <summary>The pairs of claims of different documents between two statements: all pairs less those within a document.</summary>
    private static long PairsBetween(CrossDocumentStatement first, CrossDocumentStatement second)
    {
        long all = (long)first.Sources.Count * second.Sources.Count, same = 0;
        int i = 0, j = 0;
        var a = first.Sources;
        var b = second.Sources;
        while (i < a.Count && j < b.Count)
        {
            int d = a[i].DocumentIndex, e = b[j].DocumentIndex;
            if (d < e)
            {
                i++;
            }
            else if (e < d)
            {
                j++;
            }
            else
            {
                long m = 0, n = 0;
                for (; i < a.Count && a[i].DocumentIndex == d; i++)
                {
                    m++;
                }

                for (; j < b.Count && b[j].DocumentIndex == d; j++)
                {
                    n++;
                }

                same += m * n;
            }
        }

        return all - same;
    }

    /// <summary>The pairs of claims of different documents among one statement's sources.</summary>
    private static long PairsWithin(CrossDocumentStatement statement) => (PairsBetween(statement, statement) / 2);

    private readonly record struct StatementKey(Key Key, DateRange Span, Estimate Interval, string? PartOfSubject, string? PartOfMetric, DocumentClaim? Apart);

    private sealed class StatementKeyComparer : IEqualityComparer<StatementKey>
    {
        internal static readonly StatementKeyComparer Instance = new();

        public bool Equals(StatementKey x, StatementKey y) =>
            KeyComparer.Instance.Equals(x.Key, y.Key) && x.Span.Equals(y.Span) && x.Interval.Equals(y.Interval)
            && string.Equals(x.PartOfSubject, y.PartOfSubject, StringComparison.OrdinalIgnoreCase) && string.Equals(x.PartOfMetric, y.PartOfMetric, StringComparison.OrdinalIgnoreCase)
            && ReferenceEquals(x.Apart, y.Apart);

        public int GetHashCode(StatementKey key) => HashCode.Combine(KeyComparer.Instance.GetHashCode(key.Key), key.Span, key.Interval);
    }

    /// <summary>Statements by lower bound, highest first, then by order (each statement once).</summary>
    private sealed class HighestLowerFirst : IComparer<CrossDocumentStatement>
    {
        internal static readonly HighestLowerFirst Instance = new();

        public int Compare(CrossDocumentStatement? x, CrossDocumentStatement? y)
        {
            int c = y!.Claim.Claim.Interval.Lower!.Value.CompareTo(x!.Claim.Claim.Interval.Lower!.Value);
            return c != 0 ? c : x.Order.CompareTo(y.Order);
        }
    }
}
