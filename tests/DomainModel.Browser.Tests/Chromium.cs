using System;
using System.IO;

namespace DomainModel.Browser.Tests;

/// <summary>The Chromium the tests drive: <c>DOMAINMODEL_CHROMIUM</c>, or Debian's build (<c>apt-get install chromium</c>).
/// Playwright's own browser download is never used.</summary>
internal static class Chromium
{
    /// <summary>Why the tests are skipped on a machine without Chromium.</summary>
    public const string MissingMessage = "No Chromium on this machine (looked for $DOMAINMODEL_CHROMIUM, /usr/lib/chromium/chromium, /usr/bin/chromium, /usr/bin/chromium-browser): the browser tests are skipped. Install it with `apt-get install -y chromium`, or run .ci/browser.sh, which installs it and runs them.";

    /// <summary>The executable, or null when there is none.</summary>
    public static string? ExecutablePath { get; } = Find();

    /// <summary>Whether a missing Chromium fails the tests instead of skipping them (<c>DOMAINMODEL_BROWSER_TESTS=required</c>).</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("DOMAINMODEL_BROWSER_TESTS"), "required", StringComparison.OrdinalIgnoreCase);

    private static string? Find()
    {
        string? given = Environment.GetEnvironmentVariable("DOMAINMODEL_CHROMIUM");
        if (!string.IsNullOrEmpty(given))
        {
            return File.Exists(given) ? given : null;
        }

        // Debian's /usr/bin/chromium is a shell wrapper around /usr/lib/chromium/chromium: the binary itself is driven.
        foreach (string path in new[] { "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }
}
