using Xunit;

namespace DomainModel.Browser.Tests;

/// <summary>A theory that needs Chromium; see <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips when no Chromium is found and the browser tests are not required.</summary>
    public BrowserTheoryAttribute()
    {
        if (Chromium.ExecutablePath is null && !Chromium.Required)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
