using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace DomainModel.Browser.Tests;

/// <summary>One headless Chromium for the tests of a class, started on first use (a class whose tests are all skipped
/// starts none).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A new page of the browser, 1280 × 900, recording console errors and uncaught exceptions.</summary>
    /// <param name="errors">Filled with every console error and page error while the page lives.</param>
    public async Task<IPage> NewPageAsync(List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var browser = await BrowserAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "assert")
            {
                lock (errors)
                {
                    errors.Add("console " + message.Type + ": " + message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add("page error: " + error);
            }
        };
        return page;
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is null)
            {
                string path = Chromium.ExecutablePath ?? throw new InvalidOperationException(Chromium.MissingMessage);
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true });
            }

            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }
}
