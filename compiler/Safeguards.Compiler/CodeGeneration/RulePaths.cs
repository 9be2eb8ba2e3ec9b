using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Compiler.CodeGeneration;

/// <summary>
/// Rule file names as a compiled pack records them (in <c>#line</c> directives, the PDB's documents and
/// embedded sources, and each safeguard's <see cref="Runtime.SafeguardInfo.SourceFile"/>): relative to the
/// deepest folder that holds every rule file of the pack, with '/' between folders. The same rules then build
/// to the same bytes wherever they are copied and however their path was typed (relative or absolute).
/// </summary>
public sealed class RulePaths
{
    private RulePaths(string root) => Root = root;

    /// <summary>The folder the names are relative to (absolute).</summary>
    public string Root { get; }

    public static RulePaths For(PackPlan model)
    {
        var folders = model.Safeguards.Select(s => s.Info.SourceFile).OfType<string>()
            .Select(p => Path.GetDirectoryName(Path.GetFullPath(p)) ?? Path.GetPathRoot(Path.GetFullPath(p))!)
            .Distinct(StringComparer.Ordinal).ToList();
        return new RulePaths(folders.Count == 0 ? Directory.GetCurrentDirectory() : folders.Aggregate(CommonFolder));
    }

    public string Relative(string path) =>
        Path.GetRelativePath(Root, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');

    private static string CommonFolder(string a, string b)
    {
        var x = a.Split(Path.DirectorySeparatorChar);
        var y = b.Split(Path.DirectorySeparatorChar);
        var n = 0;
        while (n < x.Length && n < y.Length && x[n] == y[n]) n++;
        var common = string.Join(Path.DirectorySeparatorChar, x.Take(n));
        // Only the file-system root is left ("/" or "C:"): keep it a folder.
        return common.Length == 0 || common.EndsWith(Path.VolumeSeparatorChar) ? common + Path.DirectorySeparatorChar : common;
    }
}
