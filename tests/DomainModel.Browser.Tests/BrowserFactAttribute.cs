using Xunit;

namespace DomainModel.Browser.Tests;

/// <summary>A test that needs Chromium: skipped, with the reason, when the machine has none, unless
/// <c>DOMAINMODEL_BROWSER_TESTS=required</c> (set by .ci/browser.sh), where a missing browser fails the test instead.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Skips when no Chromium is found and the browser tests are not required.</summary>
    public BrowserFactAttribute()
    {
        if (Chromium.ExecutablePath is null && !Chromium.Required)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
