using Safeguards.Compiler.Emit;
using Safeguards.Evaluation;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Workspace;
using Safeguards.Lowering;
using Safeguards.Runtime;

namespace Safeguards.Compiler.Tests;

/// <summary>Builds packs the way the CLI does: rule files bound together, lowered once, then interpreted and compiled.</summary>
public static class Build
{
    public static string RepoRoot { get; } = FindRoot();

    public static string RulesFolder => Path.Combine(RepoRoot, "rules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeguards.sln"))) return dir.FullName;
        throw new InvalidOperationException("Safeguards.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<SyntaxTree> RuleTrees()
    {
        var loaded = RuleFileLoader.Load([RulesFolder]);
        loaded.Errors.ShouldBeEmpty();
        loaded.Trees.Count.ShouldBeGreaterThan(1);
        return loaded.Trees;
    }

    public static LoweredPack Model(Compilation compilation)
    {
        compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Location.Source.Path}({d.Location.Start.Line + 1}): {d.Message}")
            .ShouldBeEmpty();
        PackLowering.TryLower(compilation, out var model, out var error).ShouldBeTrue(error);
        return model!;
    }

    public static LoweredPack Model(string sg, string path = "test.sg") => Model(Compilation.FromText(path, sg));

    public static CompiledPack Compile(LoweredPack model)
    {
        PackCompiler.TryCompile(model, out var compiled, out var failure).ShouldBeTrue(failure is null ? null : string.Join("\n", failure.Messages));
        return compiled!;
    }

    public static (IRulePack Compiled, Interpreter Interpreted, CompiledPack Pack) Both(LoweredPack model)
    {
        var compiled = Compile(model);
        return (PackLoader.Load(compiled.Assembly, compiled.Pdb), new Interpreter(model.Plan), compiled);
    }

    private static readonly Lazy<(LoweredPack, IRulePack, Interpreter, CompiledPack)> rules = new(() =>
    {
        var model = Model(Compilation.Create(RuleTrees()));
        var (compiled, interpreted, pack) = Both(model);
        return (model, compiled, interpreted, pack);
    });

    /// <summary>Every pack in rules/, compiled together as <c>safeguards</c> does.</summary>
    public static (LoweredPack Model, IRulePack Compiled, Interpreter Interpreted, CompiledPack Pack) Rules => rules.Value;
}
