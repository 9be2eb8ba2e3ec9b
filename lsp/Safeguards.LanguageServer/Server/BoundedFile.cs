using Safeguards.Language.Workspace;

namespace Safeguards.LanguageServer.Server;

/// <summary>Reads files from disk without letting one freeze or exhaust the server: only regular files
/// with content are opened (a FIFO blocks on open, <c>/dev/zero</c> never ends; both report a length
/// of 0, as does an empty file, which needs no reading), and nothing over <see cref="Limits.MaxDocumentBytes"/>.</summary>
internal static class BoundedFile
{
    /// <summary>A rule file's text, "" for an empty (or special) file, or null with the reason in <paramref name="errors"/>.</summary>
    public static string? ReadRuleFile(string path, List<LoadError> errors)
    {
        if (Check(path) is { } problem)
        {
            if (problem == Problem.Empty) return "";
            var code = problem == Problem.Missing ? Language.Diagnostics.DiagnosticCatalogue.PathNotFound : Language.Diagnostics.DiagnosticCatalogue.CannotRead;
            errors.Add(new LoadError(path, code, Describe(problem)));
            return null;
        }
        return RuleFileLoader.Read(path, errors);
    }

    /// <summary>The bytes of a file, at most <see cref="Limits.MaxDocumentBytes"/>; null with a message for the user when it cannot be read.</summary>
    public static byte[]? ReadBytes(string path, out string? error)
    {
        error = null;
        if (Check(path) is { } problem)
        {
            error = Describe(problem);
            return null;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            // The length was checked, but a file can grow: never read past the limit.
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > Limits.MaxDocumentBytes)
                {
                    error = Describe(Problem.TooLarge);
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read the file ({e.GetType().Name})";
            return null;
        }
    }

    private enum Problem { Missing, Empty, TooLarge }

    private static Problem? Check(string path)
    {
        FileSystemInfo info = new FileInfo(path);
        try
        {
            // A symbolic link reports its own length: judge what it points to (a link to a FIFO must not be opened).
            if (info.LinkTarget is not null) info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        }
        catch (IOException)
        {
            return Problem.Missing; // a broken link or a loop of links
        }
        if (!info.Exists || info is not FileInfo file) return Problem.Missing;
        if (file.Length == 0) return Problem.Empty;
        if (file.Length > Limits.MaxDocumentBytes) return Problem.TooLarge;
        return null;
    }

    private static string Describe(Problem problem) => problem switch
    {
        Problem.Missing => "no such file",
        Problem.Empty => "the file is empty, or not a regular file (a pipe or a device)",
        Problem.TooLarge => $"the file is larger than {Limits.MaxDocumentBytes / (1024 * 1024)} MiB, the limit",
        _ => throw new InvalidOperationException($"unknown problem {problem}"),
    };
}
