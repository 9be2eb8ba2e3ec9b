using Safeguards.Lowering;
using Safeguards.Language.Semantics;
using Safeguards.Language.Workspace;

namespace Safeguards.Rules.Tests;

/// <summary>The rule packs in the repository's rules/ folder, loaded once for all tests.</summary>
public static class BundledRules
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string RulesFolder => Path.Combine(RepositoryRoot, "rules");

    private static readonly Lazy<(Compilation Compilation, LoweredPack Lowered)> Loaded = new(() =>
    {
        var files = RuleFileLoader.Load([RulesFolder]);
        files.Errors.ShouldBeEmpty();
        var compilation = Compilation.Create(files.Trees);
        PackLowering.TryLower(compilation, out var model, out var error).ShouldBeTrue(error);
        return (compilation, model!);
    });

    public static Compilation Compilation => Loaded.Value.Compilation;

    public static LoweredPack Lowered => Loaded.Value.Lowered;

    public static Runtime.CompilerServices.PackPlan Model => Loaded.Value.Lowered.Plan;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeguards.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Safeguards.sln) above " + AppContext.BaseDirectory);
    }
}
