namespace Safeguards.Language.Tests;

/// <summary>Finds folders of the repository from the test assembly (bin/…), so tests read and
/// regenerate files in the source tree, not in the build output.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeguards.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Safeguards.sln not found above {AppContext.BaseDirectory}");
    });

    public static string Root => RootPath.Value;

    public static string Baselines => Path.Combine(Root, "tests", "Safeguards.Language.Tests", "Baselines");

    public static string Rules => Path.Combine(Root, "rules");

    public static string DiagnosticsDoc => Path.Combine(Root, "docs", "diagnostics.md");

    public static string LanguageDoc => Path.Combine(Root, "docs", "language.md");
}
