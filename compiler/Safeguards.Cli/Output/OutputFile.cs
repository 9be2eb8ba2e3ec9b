namespace Safeguards.Cli.Output;

/// <summary>Files the user names with -o (or --junit): a path that cannot be written is a usage error
/// (exit 2) with a sentence saying what is wrong, never an internal error.</summary>
public static class OutputFile
{
    /// <summary>What is wrong with an output path before anything is written, or null.</summary>
    public static string? Problem(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return "the output path is empty; name a file";
        if (Directory.Exists(path)) return $"{CliConsole.Display(path)} is a folder; name a file in it";
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder)) return $"cannot write {path}: the folder {CliConsole.Display(folder)} does not exist";
        return null;
    }

    /// <summary>Opens the file for writing, or says why not on stderr and returns null.</summary>
    public static FileStream? Create(CliConsole console, string command, string path)
    {
        if (Problem(path) is { } problem)
        {
            console.Error.WriteLine($"safeguards {command}: {problem}");
            return null;
        }
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            WriteFailed(console, command, path, e);
            return null;
        }
    }

    /// <summary>Writes a whole file; false (after saying why) when it cannot be written.</summary>
    public static bool TryWrite(CliConsole console, string command, string path, Action<Stream> write)
    {
        var file = Create(console, command, path);
        if (file is null) return false;
        try
        {
            write(file);
            file.Dispose();
            return true;
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            Discard(file);
            WriteFailed(console, command, path, e);
            return false;
        }
    }

    /// <summary>Closes a file whose writing failed: closing flushes again, and that fails the same way.</summary>
    public static void Discard(Stream? file)
    {
        try
        {
            file?.Dispose();
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            // Already reported: the first failure is the one the user sees.
        }
    }

    /// <summary>Failures of writing a file the user named (a full disk, /dev/full, no permission).</summary>
    public static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    public static void WriteFailed(CliConsole console, string command, string path, Exception e) =>
        console.Error.WriteLine($"safeguards {command}: cannot write {CliConsole.Display(path)}: {e.Message}");
}
