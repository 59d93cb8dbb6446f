using System;
using System.Collections.Generic;

namespace DomainModel.Claims;

/// <summary>
/// The period words of one document's claims, each checked against the article and resolved once: claims that share
/// their period words ("nel 2026") and calendar share the resolution. One per load, never shared between loads; a
/// refusal is thrown, never kept.
/// </summary>
internal sealed class DocumentPeriods
{
    private readonly List<(string Words, FiscalCalendar? Calendar, ResolvedPeriod Period)> _resolved = [];

    /// <summary>The period the words name in the article, with its as-of date and the calendar; a load error at the node if the words are not in the article or not resolved.</summary>
    internal ResolvedPeriod Resolve(string words, FiscalCalendar? calendar, DocumentNode node, DocumentArticle article)
    {
        foreach (var (w, c, period) in _resolved)
        {
            if (ReferenceEquals(c, calendar) && string.Equals(w, words, StringComparison.Ordinal))
            {
                return period;
            }
        }

        if (!article.Text.Contains(words, StringComparison.OrdinalIgnoreCase))
        {
            throw node.Fail($"the period words '{words}' do not appear in the article's text.");
        }

        ResolvedPeriod resolved;
        try
        {
            resolved = ResolvedPeriod.Parse(words, article.AsOf.Date, MonthWithoutYear.Nearest, calendar);
        }
        catch (UnresolvedPeriodException e)
        {
            throw node.Fail("the period is not resolved: " + e.Message, e);
        }

        _resolved.Add((words, calendar, resolved));
        return resolved;
    }
}
