using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using DomainModel.Claims;
using DomainModel;
using DomainModel.Exchange;
using DomainModel.Text;

namespace DomainModel.Claims;

/// <summary>Reads a claims document: checks every field at its JSON path, then builds the claims through <see cref="ArticleReader"/> and checks the relations.</summary>
internal static class ClaimsDocumentReader
{
    private static readonly (string, NewsLanguage)[] Languages = [.. System.Linq.Enumerable.Select(Lexicon.All, l => (l.Code, l.Language))];
    private static readonly (string, ScalePolicy)[] Scales = [("short", ScalePolicy.ShortScale), ("long", ScalePolicy.LongScale)];
    private static readonly (string, FiscalYearNaming)[] Namings = [("byEndYear", FiscalYearNaming.ByEndYear), ("byStartYear", FiscalYearNaming.ByStartYear)];
    internal static readonly (string, ActivityWindow)[] Windows = [("daily", ActivityWindow.Daily), ("weekly", ActivityWindow.Weekly), ("monthly", ActivityWindow.Monthly)];
    internal static readonly (string, string)[] TokenPeriods = [("minute", "minute"), ("hour", "hour"), ("day", "day"), ("week", "week"), ("month", "month"), ("year", "year")];
    private static readonly (string, MeasureKind)[] Measures =
        [("money", MeasureKind.Money), ("count", MeasureKind.Count), ("price", MeasureKind.Price), ("tokens", MeasureKind.Tokens), ("activeUsers", MeasureKind.ActiveUsers), ("share", MeasureKind.Share), ("tokensOver", MeasureKind.TokensOver)];

    /// <summary>The one table of the month lengths a document names, in a relation's and a derived figure's "monthLength".</summary>
    private static readonly (string Word, MonthLength Length)[] MonthLengthChoices =
        [("thirtyDays", MonthLength.ThirtyDays), ("julianAverage", MonthLength.JulianAverage), ("gregorianAverage", MonthLength.GregorianAverage)];

    private static readonly (string, RateSource)[] RateSources = [("implied", RateSource.Implied), ("document", RateSource.Document), ("provider", RateSource.Provider)];
    private static readonly (string, string)[] Bounds = [("rounded", "rounded"), ("exactly", "exactly"), ("atLeast", "atLeast"), ("over", "over"), ("atMost", "atMost"), ("under", "under")];

    internal static readonly (string Word, RelationKind Kind)[] Relations =
    [
        ("increase", RelationKind.Increase), ("decrease", RelationKind.Decrease), ("exceeds", RelationKind.Exceeds), ("below", RelationKind.Below),
        ("approaches", RelationKind.Approaches), ("aboutFraction", RelationKind.AboutFraction), ("equivalent", RelationKind.Equivalent),
        ("fitsWithin", RelationKind.FitsWithin), ("partOf", RelationKind.PartOf), ("multiple", RelationKind.Multiple),
        ("percentAbove", RelationKind.PercentAbove), ("percentBelow", RelationKind.PercentBelow), ("consistent", RelationKind.Consistent),
    ];

    internal static ClaimsDocument Read(string json, Func<string, string> textOf) => Read(json, textOf, ClaimsDocumentOptions.Default);

    internal static ClaimsDocument Read(string json, Func<string, string> textOf, ClaimsDocumentOptions options)
    {
        // The parse leaves no reader error (bad text, syntax, depth, unpaired surrogate escapes) for the field checks.
        var parsed = DocumentText.Parse(json, out byte[] rented);
        try
        {
            return Read(new DocumentNode(parsed.RootElement, "$"), textOf, options);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // A refusal that escaped the field checks: still a document that cannot be loaded, never another exception type.
            throw new ClaimsDocumentException("$", "the document cannot be loaded: " + e.Message, e);
        }
        finally
        {
            // The document reads its bytes until it is disposed; the loaded document keeps none of its values.
            parsed.Dispose();
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static ClaimsDocument Read(DocumentNode root, Func<string, string> textOf, ClaimsDocumentOptions options)
    {
        root.Object("a claims document", ["schema", "article", "claims"], ["$schema", "id", "calendars", "relations", "derived", "notFigures"]);
        var schema = root["schema"];
        if (schema.String() != ClaimsDocument.SchemaVersion)
        {
            throw schema.Fail($"unknown schema version '{schema.String()}'; this library reads \"{ClaimsDocument.SchemaVersion}\".");
        }

        string? documentId = null;
        if (root.Has("id"))
        {
            documentId = root["id"].String();
            if (!IsDocumentId(documentId))
            {
                throw root["id"].Fail($"'{documentId}' is not a document id: letters, digits, '.', '-' and '_' only, no '#' (a relation names a claim of another document as \"document-id#claim-id\").");
            }
        }

        var (articleSpec, article) = ReadArticle(root["article"], textOf, options);
        var calendars = root.Has("calendars") ? ReadCalendars(root["calendars"]) : [];
        var claimNodes = root.Array("claims");
        if (claimNodes.Count == 0)
        {
            throw root["claims"].Fail("a claims document states at least one claim.");
        }

        var claims = new List<DocumentClaim>();
        var specs = new List<ClaimSpec>();
        var notCheckable = new List<UncheckedStatement>();
        var seen = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
        var periods = new ClaimPeriods(article, calendars, claimNodes);
        foreach (var node in claimNodes)
        {
            if (node.Kind == JsonValueKind.Object && node.Has("notCheckable"))
            {
                notCheckable.Add(ReadUncheckedClaim(node, article, seen));
                continue;
            }

            var (spec, claim) = ReadClaim(node, article, calendars, seen, periods);
            specs.Add(spec);
            claims.Add(claim);
        }

        if (claims.Count == 0)
        {
            throw root["claims"].Fail("a claims document states at least one claim that can be checked (every claim here is \"notCheckable\").");
        }

        var derived = new List<DerivedFigure>();
        if (root.Has("derived"))
        {
            foreach (var node in root.Array("derived"))
            {
                derived.Add(ReadDerived(node, article, claims, derived, seen, options));
            }
        }

        var relations = new List<DocumentRelation>();
        var across = new List<DocumentRelation>();
        if (root.Has("relations"))
        {
            var relationIds = new Dictionary<string, DocumentNode>(StringComparer.Ordinal);
            foreach (var node in root.Array("relations"))
            {
                if (node.Kind == JsonValueKind.Object && node.Has("notCheckable"))
                {
                    notCheckable.Add(ReadUncheckedRelation(node, article, claims, relationIds));
                }
                else if (node.Kind == JsonValueKind.Object && node.Has("claims") && node["claims"].Kind == JsonValueKind.Array && node.Array("claims").Any(r => r.Kind == JsonValueKind.String && r.String().Contains('#', StringComparison.Ordinal)))
                {
                    across.Add(ReadCrossRelation(node, article, claims, relationIds, documentId));
                }
                else
                {
                    relations.Add(ReadRelation(node, article, claims, relationIds));
                }
            }
        }

        var notFigures = new List<NotAFigure>();
        if (root.Has("notFigures"))
        {
            foreach (var node in root.Array("notFigures"))
            {
                node.Object("words that are not a figure", ["quote", "reason"], []);
                var quote = ReadQuote(node, article)!.Value;
                string reason = node.String("reason");
                if (string.IsNullOrWhiteSpace(reason))
                {
                    throw node["reason"].Fail("\"reason\" says what the words are instead of a figure; it is empty.");
                }

                notFigures.Add(new NotAFigure(quote, reason));
            }
        }

        return new ClaimsDocument(documentId, articleSpec, article, calendars, specs, claims, relations, derived, notCheckable, across, notFigures);
    }

    private static bool IsDocumentId(string id) =>
        id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static (ArticleSpec, DocumentArticle) ReadArticle(DocumentNode node, Func<string, string> textOf, ClaimsDocumentOptions options)
    {
        node.Object("an article", ["title", "publisher", "language", "text"], ["scale", "published", "asOf", "madeUp"]);
        string title = node.String("title");
        string publisher = node.String("publisher");
        string languageWord = node.String("language");
        var language = node.Choice("language", Languages);
        string? scaleWord = node.OptionalString("scale");
        var scale = scaleWord is null ? ScalePolicy.ShortScale : node.Choice("scale", Scales);
        DateOnly? published = node.Has("published") ? node.Date("published") : null;
        DateOnly? asOfDate = null;
        string? reason = null;
        if (node.Has("asOf"))
        {
            var asOfNode = node["asOf"].Object("an as-of date", ["date", "reason"], []);
            asOfDate = asOfNode.Date("date");
            reason = asOfNode.String("reason");
        }
        else if (published is null && options.AsOf is null)
        {
            throw node.Fail("an article needs \"published\" or \"asOf\": the date its period words are resolved against.");
        }

        if (options.AsOf is { } given)
        {
            (asOfDate, reason) = (given.Date, given.Reason);
        }

        var asOf = asOfDate is { } d ? new AsOfDate(d, reason!) : new AsOfDate(published!.Value, "the publication date");
        bool madeUp = node.Has("madeUp") && node.Boolean("madeUp");
        var textNode = node["text"];
        string textPath = textNode.String();
        if (System.IO.Path.IsPathRooted(textPath) || textPath.Contains('\\', StringComparison.Ordinal))
        {
            throw textNode.Fail($"'{textPath}' is not a path relative to the document written with forward slashes.");
        }

        string text;
        try
        {
            text = textOf(textPath);
        }
        catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw textNode.Fail($"the article's text '{textPath}' cannot be read: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw textNode.Fail($"the article's text '{textPath}' is empty.");
        }

        var spec = new ArticleSpec(title, publisher, languageWord, scaleWord, published, asOfDate, reason, textPath, madeUp);
        return (spec, new DocumentArticle(title, publisher, language, scale, published, asOf, asOfDate is not null, textPath, text, madeUp));
    }

    private static List<CalendarSpec> ReadCalendars(DocumentNode node)
    {
        var result = new List<CalendarSpec>();
        foreach (var item in node.Array())
        {
            item.Object("a fiscal calendar", ["name", "startMonth", "startDay", "naming", "source"], []);
            string name = item.String("name");
            if (result.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw item["name"].Fail($"the calendar '{name}' is defined twice.");
            }

            string namingWord = item.String("naming");
            var naming = item.Choice("naming", Namings);
            int month = item.Int32("startMonth"), day = item.Int32("startDay");
            string source = item.String("source");
            try
            {
                var calendar = month == 1 && day == 1 && naming == FiscalYearNaming.ByEndYear
                    ? FiscalCalendar.CalendarYear(name, source)
                    : FiscalCalendar.MonthBased(name, month, day, naming, source);
                result.Add(new CalendarSpec(name, month, day, namingWord, source, calendar));
            }
            catch (ArgumentException e)
            {
                throw item.Fail("the calendar cannot be built: " + e.Message, e);
            }
        }

        return result;
    }

    private static (ClaimSpec, DocumentClaim) ReadClaim(DocumentNode node, DocumentArticle article, List<CalendarSpec> calendars, Dictionary<string, DocumentNode> seen, ClaimPeriods periods)
    {
        node.Object("a claim", ["id", "subject", "metric", "quote", "figure", "measure", "period", "source"], ["calendar", "partOf", "guessed", "relativeTo"]);
        var idNode = node["id"];
        string id = idNode.String();
        if (seen.TryGetValue(id, out var first))
        {
            throw idNode.Fail($"the id '{id}' is used twice (first at {first.Path}).");
        }

        seen.Add(id, idNode);
        string subject = node.String("subject");
        string metric = node.String("metric");
        var quoteNode = node["quote"];
        string quote = quoteNode.String();
        if (!article.Text.Contains(quote, StringComparison.Ordinal))
        {
            throw quoteNode.Fail($"the quote '{quote}' is not found word for word in the article's text.");
        }

        var figureNode = node["figure"];
        string figure = figureNode.String();
        if (!quote.Contains(figure, StringComparison.Ordinal))
        {
            throw figureNode.Fail($"the figure '{figure}' is not inside its quote '{quote}'.");
        }

        var measure = ReadMeasure(node["measure"]);
        var (calendarName, calendar) = CalendarOf(node, calendars);
        var resolved = periods.Of(node, id);
        string period = resolved.Text;
        string? relativeTo = node.OptionalString("relativeTo");
        var stated = resolved.IsStated ? new StatedPeriodSpec(resolved.Span.Start, resolved.Span.End, resolved.StatedReason!) : null;

        var sourceNode = node["source"];
        IReadOnlyList<string> links = sourceNode.Kind == JsonValueKind.Array ? [.. sourceNode.Array().Select(n => n.String())] : [sourceNode.String()];
        SourceChain source;
        try
        {
            source = links.Count == 1 ? SourceChain.Parse(links[0]) : SourceChain.Of(links);
        }
        catch (ArgumentException e)
        {
            throw sourceNode.Fail("the source chain is refused: " + e.Message, e);
        }

        string? partSubject = null, partMetric = null;
        if (node.Has("partOf"))
        {
            var part = node["partOf"].Object("a \"partOf\" reference", ["subject", "metric"], []);
            (partSubject, partMetric) = (part.String("subject"), part.String("metric"));
        }

        var reader = new ArticleReader(article.Text, article.AsOf, article.Language, article.Scale, calendar);
        Claim claim;
        try
        {
            claim = measure.Kind switch
            {
                MeasureKind.Money => reader.ReadResolved(id, subject, quote, figure, resolved, source, Money.Zero(Currency.FromCode(measure.Currency!))),
                MeasureKind.Count => reader.ReadResolved(id, subject, quote, figure, resolved, source, UnitCount.Zero(new CountKind(measure.Of!))),
                MeasureKind.Price => reader.ReadResolved(id, subject, quote, figure, resolved, source, new PricePerUnit(Money.Zero(Currency.FromCode(measure.Currency!)), new CountKind(measure.Per!))),
                MeasureKind.Tokens => reader.ReadResolved(id, subject, quote, figure, resolved, source, TokenRatePer(measure.Per!)),
                MeasureKind.TokensOver => reader.ReadVolumeOver(id, subject, quote, figure, resolved, source),
                MeasureKind.ActiveUsers => reader.ReadActiveUsers(id, subject, quote, figure, resolved, source, Windows.First(w => w.Item1 == measure.Window).Item2),
                _ => Percentage(reader.ReadResolved(id, subject, quote, figure, resolved, source, new Share(0m, 1m)), figure),
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            throw figureNode.Fail($"the figure '{figure}' cannot be read as {measure.KindWord}: {e.Message}", e);
        }

        var guessed = ReadGuessed(node, ClaimFields);
        var spec = new ClaimSpec(id, subject, metric, quote, figure, measure, period, calendarName, links, partSubject, partMetric, guessed, relativeTo, stated);
        return (spec, new DocumentClaim(claim, metric, figure, measure.Kind, calendar, calendarName, partSubject, partMetric, guessed, relativeTo));
    }

    /// <summary>The fiscal calendar a claim names ("calendar"): one the document defines, else one of <see cref="FiscalCalendars"/>.</summary>
    private static (string? Name, FiscalCalendar? Calendar) CalendarOf(DocumentNode node, List<CalendarSpec> calendars)
    {
        string? calendarName = node.OptionalString("calendar");
        FiscalCalendar? calendar = null;
        if (calendarName is not null)
        {
            calendar = calendars.FirstOrDefault(c => string.Equals(c.Name, calendarName, StringComparison.OrdinalIgnoreCase))?.Calendar;
            if (calendar is null && !FiscalCalendars.TryFind(calendarName, out calendar))
            {
                throw node["calendar"].Fail($"no fiscal calendar is named '{calendarName}': name one of FiscalCalendars ({string.Join(", ", FiscalCalendars.All.Select(c => c.Name))}) or define it under \"calendars\".");
            }
        }

        return (calendarName, calendar);
    }

    /// <summary>
    /// The periods of the document's claims: the article's words resolved against the as-of date; words relative to another
    /// period ("a year earlier") resolved against the period of the claim "relativeTo" names, in any order of the claims,
    /// cycles refused; or a span the document states with its reason (<c>{"from", "to", "reason"}</c>).
    /// </summary>
    private sealed class ClaimPeriods
    {
        private readonly DocumentArticle _article;
        private readonly List<CalendarSpec> _calendars;
        private readonly Dictionary<string, DocumentNode> _nodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ResolvedPeriod> _resolved = new(StringComparer.Ordinal);
        private readonly List<string> _chain = [];

        internal ClaimPeriods(DocumentArticle article, List<CalendarSpec> calendars, IReadOnlyList<DocumentNode> claims)
        {
            (_article, _calendars) = (article, calendars);
            foreach (var node in claims)
            {
                if (node.Kind == JsonValueKind.Object && !node.Has("notCheckable") && node.Has("id") && node["id"].Kind == JsonValueKind.String)
                {
                    _nodes.TryAdd(node["id"].String(), node);
                }
            }
        }

        /// <summary>The period of the claim at node (whose id is id).</summary>
        internal ResolvedPeriod Of(DocumentNode node, string id)
        {
            if (_resolved.TryGetValue(id, out var done) && _nodes[id].IsAt(node))
            {
                return done;
            }

            if (_chain.Contains(id, StringComparer.Ordinal))
            {
                string cycle = string.Join(" → ", _chain.SkipWhile(c => c != id).Append(id).Select(c => "'" + c + "'"));
                throw node["relativeTo"].Fail($"the periods of the claims {cycle} refer to each other in a cycle (\"relativeTo\"): one of them names its period in the article's words or as a stated span.");
            }

            _chain.Add(id);
            try
            {
                var period = Read(node, id);
                if (_nodes.TryGetValue(id, out var own) && own.IsAt(node))
                {
                    _resolved[id] = period;
                }

                return period;
            }
            finally
            {
                _chain.RemoveAt(_chain.Count - 1);
            }
        }

        private ResolvedPeriod Read(DocumentNode node, string id)
        {
            var periodNode = node["period"];
            bool relative = node.Has("relativeTo");
            if (periodNode.Kind == JsonValueKind.Object)
            {
                periodNode.Object("a period the document states", ["from", "to", "reason"], []);
                if (relative)
                {
                    throw node["relativeTo"].Fail("\"relativeTo\" resolves period words relative to another claim's period; a stated span (\"from\", \"to\") is not relative to anything.");
                }

                var from = periodNode.Date("from");
                var to = periodNode.Date("to");
                if (to < from)
                {
                    throw periodNode["to"].Fail($"the stated period ends ({DateRange.Format(to)}) before it starts ({DateRange.Format(from)}).");
                }

                string reason = periodNode.String("reason");
                if (string.IsNullOrWhiteSpace(reason))
                {
                    throw periodNode["reason"].Fail("\"reason\" says why the period is these days when the article's words do not name them; it is empty.");
                }

                return ResolvedPeriod.Stated(DateRange.Trusted(from, to), _article.AsOf.Date, reason);
            }

            string words = periodNode.String();
            if (!_article.Text.Contains(words, StringComparison.OrdinalIgnoreCase))
            {
                throw periodNode.Fail($"the period words '{words}' do not appear in the article's text.");
            }

            var calendar = CalendarOf(node, _calendars).Calendar;
            bool relativeWords = PeriodPhraseParser.IsRelative(words);
            if (!relative)
            {
                if (relativeWords)
                {
                    throw periodNode.Fail($"the period words '{words}' of the claim '{id}' name a period relative to another one, not to the as-of date: add \"relativeTo\" with the id of the claim whose period they refer to (e.g. \"relativeTo\": \"revenue-q3\"), or state the period as {{\"from\", \"to\", \"reason\"}}.");
                }

                try
                {
                    return ResolvedPeriod.Parse(words, _article.AsOf.Date, MonthWithoutYear.Nearest, calendar);
                }
                catch (UnresolvedPeriodException e)
                {
                    throw periodNode.Fail("the period is not resolved: " + e.Message, e);
                }
            }

            var referenceNode = node["relativeTo"];
            string reference = referenceNode.String();
            if (!relativeWords)
            {
                throw referenceNode.Fail($"\"relativeTo\" is for period words relative to another period (\"a year earlier\", \"nel trimestre precedente\", \"im Vorjahreszeitraum\"); '{words}' names its period by itself.");
            }

            if (!_nodes.TryGetValue(reference, out var target))
            {
                throw referenceNode.Fail($"no claim of the document with a period has the id '{reference}' (a claim marked \"notCheckable\" has no resolved period).");
            }

            if (reference == id)
            {
                throw referenceNode.Fail($"the claim '{id}' cannot name its own period in \"relativeTo\".");
            }

            var basis = Of(target, reference);
            try
            {
                return ResolvedPeriod.ParseRelative(words, basis, calendar ?? CalendarOf(target, _calendars).Calendar);
            }
            catch (UnresolvedPeriodException e)
            {
                throw periodNode.Fail($"the period is not resolved against the period of '{reference}' ({basis.Span}): " + e.Message, e);
            }
        }
    }

    private static readonly string[] PercentWords = ["%", "percent", "per cent", "per cento", "prozent", "punti percentuali", "percentage points"];

    /// <summary>A share claim whose figure is a percentage ("60.5%", "19 percent") as a fraction (0.605): the number read divided by 100.</summary>
    private static Claim<Share> Percentage(Claim<Share> claim, string figure)
    {
        string trimmed = figure.TrimEnd();
        if (!PercentWords.Any(w => trimmed.EndsWith(w, StringComparison.OrdinalIgnoreCase)))
        {
            return claim; // a plain fraction ("0.25")
        }

        var e = claim.Interval;
        var scaled = Estimate.Create(e.Kind, e.Stated / 100m, e.StatedHigh / 100m, e.Lower / 100m, e.LowerOpen, e.Upper / 100m, e.UpperOpen);
        return new Claim<Share>(claim.Id, claim.Subject, claim.Quote, claim.Source, claim.Period, Estimate.Of(new Share(0m, 1m), scaled));
    }

    private static MeasureSpec ReadMeasure(DocumentNode node)
    {
        if (node.Kind != JsonValueKind.Object || !node.Has("kind"))
        {
            node.Object("a measure", ["kind"], ["currency", "of", "per", "window"]);
        }

        string word = node["kind"].String();
        var kind = node.Choice("kind", Measures);
        switch (kind)
        {
            case MeasureKind.Money:
                node.Object("a money measure", ["kind", "currency"], []);
                return new MeasureSpec(kind, word, ReadCurrency(node["currency"]), null, null, null);
            case MeasureKind.Count:
                node.Object("a count measure", ["kind", "of"], []);
                return new MeasureSpec(kind, word, null, ReadCountKind(node["of"]), null, null);
            case MeasureKind.Price:
                node.Object("a price measure", ["kind", "currency", "per"], []);
                return new MeasureSpec(kind, word, ReadCurrency(node["currency"]), null, ReadCountKind(node["per"]), null);
            case MeasureKind.Tokens:
                node.Object("a tokens measure", ["kind", "per"], []);
                return new MeasureSpec(kind, word, null, null, node.Choice("per", TokenPeriods), null);
            case MeasureKind.TokensOver:
                node.Object("a tokens-over-the-period measure", ["kind"], []);
                return new MeasureSpec(kind, word, null, null, null, null);
            case MeasureKind.ActiveUsers:
                node.Object("an active-users measure", ["kind", "window"], []);
                _ = node.Choice("window", Windows);
                return new MeasureSpec(kind, word, null, null, null, node.String("window"));
            default:
                node.Object("a share measure", ["kind"], []);
                return new MeasureSpec(kind, word, null, null, null, null);
        }
    }

    private static TokenRate TokenRatePer(string per) => TokenRate.Per(TokenVolume.Zero, PeriodOf(per));

    /// <summary>The period a "per" word names: minute, hour, day, week, month (UnitsNet Month30, its length given where converted) or year (365 days).</summary>
    internal static UnitsNet.Duration PeriodOf(string per) => per switch
    {
        "minute" => UnitsNet.Duration.FromMinutes(1),
        "hour" => UnitsNet.Duration.FromHours(1),
        "week" => UnitsNet.Duration.FromWeeks(1),
        "month" => UnitsNet.Duration.FromMonths30(1),
        "year" => UnitsNet.Duration.FromYears365(1),
        _ => UnitsNet.Duration.FromDays(1),
    };

    private static string ReadCurrency(DocumentNode node)
    {
        string code = node.String();
        return Currency.TryFromCode(code, out var currency) ? currency.Code : throw node.Fail($"unknown currency '{code}': expected an ISO 4217 code such as \"USD\" or \"CNY\".");
    }

    private static string ReadCountKind(DocumentNode node)
    {
        string name = node.String();
        return CountKind.TryCreate(name, out var kind) ? kind.Name : throw node.Fail($"'{name}' is not a name of a kind of thing counted.");
    }

    private static DocumentRelation ReadRelation(DocumentNode node, DocumentArticle article, List<DocumentClaim> claims, Dictionary<string, DocumentNode> seen)
    {
        var (spec, quote, a, b) = ReadRelationSpec(node, article, claims, seen, crossDocument: false);
        if (spec.Rate is { Source: RateSource.Provider } rate)
        {
            var from = (Claim<Money>)a!.Claim;
            var to = (Claim<Money>)b!.Claim;
            var date = rate.Date ?? article.AsOf.Date;
            return new DocumentRelation(spec, quote, null, rates =>
            {
                var result = rates.Lookup(Currency.FromCode(from.UnitText), Currency.FromCode(to.UnitText), date);
                return ClaimChecks.EquivalentAfterConversion(from, to, result.GetRateOrThrow());
            });
        }

        try
        {
            return new DocumentRelation(spec, quote, RelationCheck.Run(spec, a!.Claim, b!.Claim, claims, article), null);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            throw node.Fail($"the \"{spec.KindWord}\" check of '{a!.Id}' and '{b!.Id}' cannot be made: {e.Message}", e);
        }
    }

    /// <summary>A relation naming a claim of another document ("document-id#claim-id"): read and kept for <see cref="CrossDocumentChecks"/>.</summary>
    private static DocumentRelation ReadCrossRelation(DocumentNode node, DocumentArticle article, List<DocumentClaim> claims, Dictionary<string, DocumentNode> seen, string? documentId)
    {
        var (spec, quote, _, _) = ReadRelationSpec(node, article, claims, seen, crossDocument: true);
        if (spec.Rate is { Source: not RateSource.Document })
        {
            throw node["rate"].Fail("an \"equivalent\" relation with a claim of another document takes a rate given in the document (\"source\": \"document\").");
        }

        if (documentId is not null)
        {
            foreach (string reference in (string[])[spec.First, spec.Second])
            {
                if (reference.StartsWith(documentId + "#", StringComparison.Ordinal))
                {
                    throw node["claims"].Fail($"'{reference}' names this document ('{documentId}'); name its own claims by their id alone.");
                }
            }
        }

        return new DocumentRelation(spec, quote, null, null, crossDocument: true);
    }

    private static (RelationSpec Spec, Quote? Quote, DocumentClaim? First, DocumentClaim? Second) ReadRelationSpec(DocumentNode node, DocumentArticle article, List<DocumentClaim> claims, Dictionary<string, DocumentNode> seen, bool crossDocument)
    {
        if (node.Kind != JsonValueKind.Object || !node.Has("type"))
        {
            node.Object("a relation", ["id", "type", "claims"], ["quote", "note", "guessed"]);
        }

        string kindWord = node["type"].String();
        var kind = node.Choice("type", Relations);
        string[] parameters = Parameters(kind);
        string[] optional = kind is RelationKind.PercentAbove or RelationKind.PercentBelow ? ["quote", "note", "bound", "guessed", "monthLength"] : ["quote", "note", "guessed", "monthLength"];
        node.Object($"a \"{kindWord}\" relation", ["id", "type", "claims", .. parameters], optional);
        var idNode = node["id"];
        string id = idNode.String();
        if (seen.TryGetValue(id, out var first))
        {
            throw idNode.Fail($"the relation id '{id}' is used twice (first at {first.Path}).");
        }

        seen.Add(id, idNode);
        var refs = node.Array("claims");
        if (refs.Count != 2)
        {
            throw node["claims"].Fail(FormattableString.Invariant($"a relation names two claims, not {refs.Count}."));
        }

        string firstId = refs[0].String(), secondId = refs[1].String();
        if (firstId == secondId)
        {
            throw refs[1].Fail($"a relation is between two different claims; '{firstId}' is named twice.");
        }

        DocumentClaim? a = null, b = null;
        if (crossDocument)
        {
            foreach (var r in refs)
            {
                string reference = r.String();
                if (reference.Contains('#', StringComparison.Ordinal))
                {
                    int hash = reference.IndexOf('#', StringComparison.Ordinal);
                    if (!IsDocumentId(reference[..hash]) || hash == reference.Length - 1 || reference.IndexOf('#', hash + 1) >= 0)
                    {
                        throw r.Fail($"'{reference}' is not a claim of another document: write \"document-id#claim-id\".");
                    }
                }
                else
                {
                    _ = Find(r, claims);
                }
            }
        }
        else
        {
            a = Find(refs[0], claims);
            b = Find(refs[1], claims);
            if (a.Claim.QuantityType != b.Claim.QuantityType && !RelationCheck.IsVolumeAndRate(a.Claim, b.Claim))
            {
                throw node["claims"].Fail($"a relation between claims of different kinds: '{a.Id}' measures {a.Claim.QuantityType.Name} ({a.Claim.UnitText}), '{b.Id}' measures {b.Claim.QuantityType.Name} ({b.Claim.UnitText}).");
            }

            if (kind == RelationKind.Equivalent && a.Claim is not Claim<Money>)
            {
                throw node["claims"].Fail($"an \"equivalent\" relation converts money; '{a.Id}' and '{b.Id}' measure {a.Claim.QuantityType.Name}.");
            }
        }

        var quote = ReadQuote(node, article);
        decimal? percentValue = kind is RelationKind.PercentAbove or RelationKind.PercentBelow ? node.Decimal("percent") : null;
        string? bound = node.Has("bound") ? node.Choice("bound", Bounds) : null;
        Estimate? percent = percentValue is decimal p ? Percent(node, p, bound) : null;
        string? monthLengthWord = node.Has("monthLength") ? ReadMonthLength(node) : null;
        if (monthLengthWord is null && a is not null && b is not null && RelationCheck.IsVolumeAndRate(a.Claim, b.Claim) && RelationCheck.RateOf(a.Claim, b.Claim).Estimate.Stated.Period.Unit == UnitsNet.Units.DurationUnit.Month30)
        {
            throw node.Fail("a relation between a volume over a span and a monthly rate needs \"monthLength\" (\"thirtyDays\", \"julianAverage\" or \"gregorianAverage\"): a month has no one length.");
        }

        var spec = new RelationSpec(
            id, kind, kindWord, firstId, secondId, node.OptionalString("quote"), node.OptionalString("note"),
            kind == RelationKind.AboutFraction ? node.Decimal("fraction") : null,
            kind is RelationKind.AboutFraction or RelationKind.Multiple ? node.Decimal("tolerance") : null,
            kind == RelationKind.Approaches ? node.Decimal("within") : null,
            kind == RelationKind.Multiple ? node.Decimal("factor") : null,
            percent, percentValue, bound,
            kind == RelationKind.Equivalent ? ReadRate(node["rate"], claims) : null,
            ReadGuessed(node, ["type", "claims", "quote", "note", .. parameters, .. optional.Where(o => o == "bound")]),
            monthLengthWord);
        return (spec, quote, a, b);
    }

    private static string[] Parameters(RelationKind kind) => kind switch
    {
        RelationKind.Approaches => ["within"],
        RelationKind.AboutFraction => ["fraction", "tolerance"],
        RelationKind.Multiple => ["factor", "tolerance"],
        RelationKind.PercentAbove or RelationKind.PercentBelow => ["percent"],
        RelationKind.Equivalent => ["rate"],
        _ => [],
    };

    private static Quote? ReadQuote(DocumentNode node, DocumentArticle article)
    {
        string? quoteText = node.OptionalString("quote");
        if (quoteText is null)
        {
            return null;
        }

        int at = article.Text.IndexOf(quoteText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw node["quote"].Fail($"the quote '{quoteText}' is not found word for word in the article's text.");
        }

        return new Quote(quoteText, at); // what Quote.Find gives, without searching again
    }

    private static Estimate Percent(DocumentNode node, decimal p, string? bound)
    {
        if (p < 0m)
        {
            throw node["percent"].Fail(FormattableString.Invariant($"a percentage above or below is not negative; {p} was given."));
        }

        decimal unit = new(1, 0, 0, false, p.Scale);
        return (bound ?? "rounded") switch
        {
            "exactly" => Estimate.Exactly(p),
            "atLeast" => Estimate.AtLeast(p),
            "over" => Estimate.Over(p),
            "atMost" => Estimate.Create(EstimateKind.AtMost, p, p, 0m, false, p, false), // a percentage is not negative: [0, p]
            "under" => Estimate.Create(EstimateKind.Under, p, p, 0m, false, p, true),
            _ => p - (unit / 2m) < 0m ? Estimate.Between(0m, p + (unit / 2m)) : Estimate.Rounded(p, unit),
        };
    }

    private static UncheckedStatement ReadUncheckedClaim(DocumentNode node, DocumentArticle article, Dictionary<string, DocumentNode> seen)
    {
        node.Object("a claim stated but not checkable", ["id", "subject", "metric", "quote", "notCheckable"], ["figure", "note", "source", "period", "measure"]);
        var idNode = node["id"];
        string id = idNode.String();
        if (seen.TryGetValue(id, out var first))
        {
            throw idNode.Fail($"the id '{id}' is used twice (first at {first.Path}).");
        }

        seen.Add(id, idNode);
        var quote = ReadQuote(node, article)!.Value;
        string? figure = node.OptionalString("figure");
        if (figure is not null && !quote.Text.Contains(figure, StringComparison.Ordinal))
        {
            throw node["figure"].Fail($"the figure '{figure}' is not inside its quote '{quote.Text}'.");
        }

        string reason = Reason(node);
        var spec = new UncheckedSpec(id, false, null, [], node.String("subject"), node.String("metric"), quote.Text, figure, reason, node.OptionalString("note"));
        return new UncheckedStatement(spec, null, quote);
    }

    private static UncheckedStatement ReadUncheckedRelation(DocumentNode node, DocumentArticle article, List<DocumentClaim> claims, Dictionary<string, DocumentNode> seen)
    {
        node.Object("a relation stated but not checkable", ["id", "type", "notCheckable"], ["claims", "quote", "note", "within", "fraction", "tolerance", "factor", "percent", "bound"]);
        string kindWord = node["type"].String();
        var kind = node.Choice("type", Relations);
        var idNode = node["id"];
        string id = idNode.String();
        if (seen.TryGetValue(id, out var first))
        {
            throw idNode.Fail($"the relation id '{id}' is used twice (first at {first.Path}).");
        }

        seen.Add(id, idNode);
        var ids = new List<string>();
        if (node.Has("claims"))
        {
            var refs = node.Array("claims");
            if (refs.Count > 2)
            {
                throw node["claims"].Fail(FormattableString.Invariant($"a relation names at most two claims, not {refs.Count}."));
            }

            foreach (var r in refs)
            {
                string reference = r.String();
                ids.Add(reference.Contains('#', StringComparison.Ordinal) ? reference : Find(r, claims).Id);
            }
        }

        var quote = ReadQuote(node, article);
        if (quote is null && ids.Count == 0)
        {
            throw node.Fail("a relation that is not checkable quotes the article's words (\"quote\") or names a claim.");
        }

        var spec = new UncheckedSpec(id, true, kindWord, ids, null, null, quote?.Text, null, Reason(node), node.OptionalString("note"));
        return new UncheckedStatement(spec, kind, quote);
    }

    private static string Reason(DocumentNode node)
    {
        string reason = node.String("notCheckable");
        return string.IsNullOrWhiteSpace(reason) ? throw node["notCheckable"].Fail("\"notCheckable\" gives the reason the statement cannot be checked; it is empty.") : reason;
    }

    private static readonly (string, DerivedKind)[] DerivedKinds =
    [
        ("total", DerivedKind.Total), ("ratio", DerivedKind.Ratio), ("growth", DerivedKind.Growth), ("difference", DerivedKind.Difference),
        ("perPeriod", DerivedKind.PerPeriod), ("impliedRate", DerivedKind.ImpliedRate), ("convert", DerivedKind.Convert),
    ];

    /// <summary>The month length a word of the table names (a word the reader has accepted).</summary>
    internal static MonthLength MonthLengthOf(string word) => Array.Find(MonthLengthChoices, m => m.Word == word).Length;

    /// <summary>Reads a node's "monthLength", a word of the table, and returns the word.</summary>
    private static string ReadMonthLength(DocumentNode node)
    {
        var length = node.Choice("monthLength", MonthLengthChoices);
        return Array.Find(MonthLengthChoices, m => m.Length == length).Word;
    }

    private static DerivedFigure ReadDerived(DocumentNode node, DocumentArticle article, List<DocumentClaim> claims, List<DerivedFigure> earlier, Dictionary<string, DocumentNode> seen, ClaimsDocumentOptions options)
    {
        if (node.Kind != JsonValueKind.Object || !node.Has("type"))
        {
            node.Object("a derived figure", ["id", "type", "inputs", "label"], ["note"]);
        }

        string kindWord = node["type"].String();
        var kind = node.Choice("type", DerivedKinds);
        string[] parameters = kind switch
        {
            DerivedKind.PerPeriod => ["per", "monthLength"],
            DerivedKind.Convert => ["rate"],
            _ => [],
        };
        node.Object($"a \"{kindWord}\" derived figure", ["id", "type", "inputs", "label", .. parameters], ["note"]);
        var idNode = node["id"];
        string id = idNode.String();
        if (seen.TryGetValue(id, out var first))
        {
            throw idNode.Fail($"the id '{id}' is used twice (first at {first.Path}): claims and derived figures share one set of ids.");
        }

        seen.Add(id, idNode);
        int arity = kind is DerivedKind.PerPeriod or DerivedKind.Convert ? 1 : 2;
        var refs = node.Array("inputs");
        if (refs.Count != arity)
        {
            throw node["inputs"].Fail(FormattableString.Invariant($"a \"{kindWord}\" takes {(arity == 1 ? "one input" : "two inputs")}, not {refs.Count}."));
        }

        var inputs = new List<object>();
        var ids = new List<string>();
        string? notEvaluated = null;
        foreach (var r in refs)
        {
            string reference = r.String();
            ids.Add(reference);
            if (claims.FirstOrDefault(c => c.Id == reference) is { } claim)
            {
                inputs.Add(DerivedEvaluation.Value(claim.Claim));
            }
            else if (earlier.FirstOrDefault(d => d.Id == reference) is { } figure)
            {
                if (figure.Value is { } value)
                {
                    inputs.Add(value);
                }
                else
                {
                    notEvaluated ??= $"its input '{reference}' is not evaluated ({figure.NotEvaluatedReason})";
                }
            }
            else
            {
                throw r.Fail($"no claim and no earlier derived figure of the document has the id '{reference}'.");
            }
        }

        string label = node.String("label");
        string? per = kind == DerivedKind.PerPeriod ? node.Choice("per", TokenPeriods) : null;
        string? monthLength = kind == DerivedKind.PerPeriod ? ReadMonthLength(node) : null;
        var rate = kind == DerivedKind.Convert ? ReadRate(node["rate"], claims, conversion: true) : null;

        var spec = new DerivedSpec(id, kind, kindWord, label, ids, per, monthLength, rate, node.OptionalString("note"));
        if (notEvaluated is not null)
        {
            return new DerivedFigure(spec, null, null, null, string.Empty, null, null, notEvaluated);
        }

        string? missing = null;
        (ExchangeRate?, ExchangeRateRange?) RateOf(RateSpec r, Currency from)
        {
            switch (r.Source)
            {
                case RateSource.Document:
                    return (new ExchangeRate(Currency.FromCode(r.Base!), Currency.FromCode(r.Quote!), r.Value!.Value, r.Date!.Value, RateKind.Spot, r.Provider!), null);
                case RateSource.Implied:
                    var b = (Claim<Money>)claims.First(c => c.Id == r.ImpliedFrom![0]).Claim;
                    var q = (Claim<Money>)claims.First(c => c.Id == r.ImpliedFrom![1]).Claim;
                    return (null, ExchangeRateRange.Implied(b.Estimate, q.Estimate, new RateValidity(article.AsOf.Date), article.Publisher + " (implied by " + b.Id + " and " + q.Id + ")"));
                default:
                    throw new InvalidOperationException("a provider rate is looked up by the caller of RateOf");
            }
        }

        try
        {
            if (rate is { Source: RateSource.Provider })
            {
                var amount = (Estimate<Money>)(inputs[0] is Estimate<Money> m ? m : throw new ArgumentException($"'{ids[0]}' is not an amount of money."));
                if (options.Rates is null)
                {
                    missing = "it converts at the caller's rates, and none were given (ClaimsDocumentOptions.Rates)";
                }
                else
                {
                    var date = rate.Date ?? article.AsOf.Date;
                    var target = Currency.FromCode(rate.To!);
                    var result = options.Rates.Lookup(amount.Stated.Currency, target, date);
                    if (result.Rate is { } found)
                    {
                        var converted = found.Convert(amount);
                        return new DerivedFigure(spec, converted, typeof(Money), converted.Interval, converted.UnitText, null, found, null);
                    }

                    missing = $"no {amount.Stated.Currency.Code}/{target.Code} rate for {date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} in the rates given: {string.Join("; ", result.Attempts)}";
                }

                return new DerivedFigure(spec, null, null, null, string.Empty, null, null, missing);
            }

            var (value, type, interval, unit, implied, used) = DerivedEvaluation.Evaluate(spec, inputs, article, RateOf);
            return new DerivedFigure(spec, value, type, interval, unit, implied, used, null);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException)
        {
            throw node.Fail($"the \"{kindWord}\" of {string.Join(" and ", ids.Select(i => "'" + i + "'"))} cannot be computed: {e.Message}", e);
        }
    }

    private static RateSpec ReadRate(DocumentNode node, List<DocumentClaim> claims, bool conversion = false)
    {
        if (node.Kind != JsonValueKind.Object || !node.Has("source"))
        {
            node.Object("a rate", ["source"], []);
        }

        string word = node["source"].String();
        var source = node.Choice("source", RateSources);
        switch (source)
        {
            case RateSource.Implied:
                node.Object("an implied rate", ["source", "claims"], []);
                var refs = node.Array("claims");
                if (refs.Count != 2)
                {
                    throw node["claims"].Fail("an implied rate names two money claims: the base amount and the quote amount.");
                }

                var ids = new List<string>();
                foreach (var r in refs)
                {
                    var c = Find(r, claims);
                    if (c.Claim is not Claim<Money>)
                    {
                        throw r.Fail($"an implied rate is taken from money claims; '{c.Id}' measures {c.Claim.QuantityType.Name}.");
                    }

                    ids.Add(c.Id);
                }

                return new RateSpec(source, word, ids, null, null, null, null, null);
            case RateSource.Document:
                node.Object("a rate given in the document", ["source", "base", "quote", "value", "date", "provider"], []);
                string @base = ReadCurrency(node["base"]), quote = ReadCurrency(node["quote"]);
                decimal value = node.Decimal("value");
                var date = node.Date("date");
                string provider = node.String("provider");
                try
                {
                    _ = new ExchangeRate(Currency.FromCode(@base), Currency.FromCode(quote), value, date, RateKind.Spot, provider);
                }
                catch (ArgumentException e)
                {
                    throw node.Fail("the rate is refused: " + e.Message, e);
                }

                return new RateSpec(source, word, null, @base, quote, value, date, provider);
            default:
                node.Object("a rate from the caller's table", conversion ? ["source", "to"] : ["source"], ["date"]);
                return new RateSpec(source, word, null, null, null, null, node.Has("date") ? node.Date("date") : null, null, conversion ? ReadCurrency(node["to"]) : null);
        }
    }

    /// <summary>The fields of a claim that "guessed" may name.</summary>
    internal static readonly string[] ClaimFields = ["id", "subject", "metric", "quote", "figure", "measure", "period", "calendar", "source", "partOf"];

    /// <summary>Reads the optional "guessed" list: the names of the object's fields a draft guessed, each once (empty when absent).</summary>
    private static IReadOnlyList<string> ReadGuessed(DocumentNode node, IReadOnlyList<string> fields)
    {
        if (!node.Has("guessed"))
        {
            return [];
        }

        var names = new List<string>();
        foreach (var item in node.Array("guessed"))
        {
            string name = item.String();
            if (!fields.Contains(name, StringComparer.Ordinal))
            {
                throw item.Fail($"'{name}' is not a field that can be guessed here; expected one of {string.Join(", ", fields.Select(f => "\"" + f + "\""))}.");
            }

            if (names.Contains(name, StringComparer.Ordinal))
            {
                throw item.Fail($"the field '{name}' is listed twice as guessed.");
            }

            names.Add(name);
        }

        return names;
    }

    private static DocumentClaim Find(DocumentNode reference, List<DocumentClaim> claims)
    {
        string id = reference.String();
        return claims.FirstOrDefault(c => c.Id == id) ?? throw reference.Fail($"no claim of the document has the id '{id}'.");
    }
}
