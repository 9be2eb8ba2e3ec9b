namespace Safeguards.Cli;

/// <summary>Where the commands write: results to <see cref="Out"/>, messages for people to <see cref="Error"/>.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>A path as the user should see it: relative to the current folder when it is below it.</summary>
    public static string Display(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return $"'{path}'";
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
