using System;
using System.IO;
using System.Text;

namespace DomainModel.ArticleReport.Cli;

/// <summary>
/// A progress bar on standard error while the report works (loading each document, checking, writing each output),
/// drawn only when standard error is a terminal: redirected, it writes nothing. Each step redraws one line in place
/// (carriage return, then erase to the end of the line); <see cref="Clear"/> erases it before the output is written.
/// </summary>
internal sealed class ProgressBar
{
    /// <summary>The width of the bar in characters.</summary>
    public const int BarWidth = 24;

    private readonly TextWriter _error;
    private readonly bool _enabled;
    private readonly int _total;
    private int _done;
    private bool _drawn;

    /// <summary>A bar of <paramref name="total"/> steps.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="enabled">Whether standard error is a terminal.</param>
    /// <param name="total">How many steps the work has.</param>
    public ProgressBar(TextWriter error, bool enabled, int total)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfLessThan(total, 1);
        _error = error;
        _enabled = enabled;
        _total = total;
    }

    /// <summary>No bar.</summary>
    public static ProgressBar None { get; } = new(TextWriter.Null, enabled: false, total: 1);

    /// <summary>Says what is being done now, and moves the bar by one step when it is done.</summary>
    /// <param name="what">What is being done: "loading tencent-q3-2025.en.claims.json".</param>
    public void Step(string what)
    {
        ArgumentNullException.ThrowIfNull(what);
        if (!_enabled)
        {
            return;
        }

        int filled = Math.Min(BarWidth, _done * BarWidth / _total);
        var line = new StringBuilder("\r[");
        line.Append('#', filled).Append('.', BarWidth - filled).Append("] ");
        line.Append(_done.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('/').Append(_total.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
        line.Append(what.Length > 40 ? what[..39] + "…" : what).Append("\u001b[K");
        _error.Write(line.ToString());
        _error.Flush();
        _drawn = true;
        _done = Math.Min(_total, _done + 1);
    }

    /// <summary>Erases the bar (nothing when none was drawn).</summary>
    public void Clear()
    {
        if (_drawn)
        {
            _error.Write("\r\u001b[K");
            _error.Flush();
            _drawn = false;
        }
    }
}
