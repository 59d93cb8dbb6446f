using System;
using System.Collections.Generic;
using System.IO;

namespace DomainModel.ArticleReport.Cli;

/// <summary>Writes the report's output files all or none: every file is opened before any is written; when one cannot
/// be opened, the files this run created are removed and existing files are left as they were.</summary>
internal static class OutputFiles
{
    /// <summary>Writes the files.</summary>
    /// <param name="files">The option that named each file, its path and its content.</param>
    /// <param name="failure">The one line saying which file cannot be written, or null.</param>
    /// <returns>Whether all were written.</returns>
    public static bool TryWriteAll(IReadOnlyList<(string Option, string Path, byte[] Bytes)> files, out string? failure)
    {
        var opened = new List<(FileStream Stream, bool Created, byte[] Bytes)>();
        failure = null;
        try
        {
            foreach (var (option, path, bytes) in files)
            {
                try
                {
                    bool existed = File.Exists(path);
                    opened.Add((new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None), !existed, bytes));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
                {
                    failure = $"{option} '{path}' cannot be written: {e.Message}";
                    foreach (var (stream, created, _) in opened)
                    {
                        string name = stream.Name;
                        stream.Dispose();
                        if (created)
                        {
                            File.Delete(name);
                        }
                    }

                    opened.Clear();
                    return false;
                }
            }

            foreach (var (stream, _, bytes) in opened)
            {
                stream.SetLength(0);
                stream.Write(bytes);
            }

            return true;
        }
        finally
        {
            foreach (var (stream, _, _) in opened)
            {
                stream.Dispose();
            }
        }
    }
}
