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

    /// <summary>Starts writing the file (to a temporary file renamed over it on <see cref="AtomicFile.Pending.Commit"/>,
    /// so a planted link is never followed), or says why not on stderr and returns null.</summary>
    public static AtomicFile.Pending? Begin(CliConsole console, string command, string path)
    {
        if (Problem(path) is { } problem)
        {
            console.Error.WriteLine($"safeguards {command}: {problem}");
            return null;
        }
        try
        {
            return AtomicFile.Begin(path);
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
        using var file = Begin(console, command, path);
        if (file is null) return false;
        try
        {
            write(file.Stream);
            file.Commit();
            return true;
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            WriteFailed(console, command, path, e); // disposing the uncommitted file deletes it
            return false;
        }
    }

    /// <summary>Failures of writing a file the user named (a full disk, /dev/full, no permission).</summary>
    public static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    public static void WriteFailed(CliConsole console, string command, string path, Exception e) =>
        console.Error.WriteLine($"safeguards {command}: cannot write {CliConsole.Display(path)}: {e.Message}");
}
