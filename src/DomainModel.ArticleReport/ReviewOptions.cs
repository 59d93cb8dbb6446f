using System;

namespace DomainModel.ArticleReport;

/// <summary>Who publishes the review and when, for the ClaimReview markup (<c>--review-author</c>,
/// <c>--review-date</c>); each is left out of the markup when not given, since the report never reads the clock.</summary>
/// <param name="Author">The organization or person publishing the review, or null.</param>
/// <param name="Date">The date the review is published, or null.</param>
internal sealed record ReviewOptions(string? Author, DateOnly? Date)
{
    /// <summary>No author, no date.</summary>
    public static readonly ReviewOptions None = new(null, null);
}
