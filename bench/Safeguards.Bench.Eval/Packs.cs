using Safeguards.Compiler.Emit;
using Safeguards.Lowering;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Language.Workspace;

namespace Safeguards.Bench.Eval;

/// <summary>The benchmark's pack: rules → bound model → C# → assembly, as <c>safeguards build</c> does.</summary>
public static class Packs
{
    /// <summary>bench/Safeguards.Bench.Eval/pack, copied next to the benchmark's binaries.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "pack");

    public static LoweredPack BuildModel(string folder)
    {
        var files = RuleFileLoader.Load([folder]);
        if (files.Errors.Count > 0) throw new InvalidOperationException($"cannot read {folder}: {files.Errors[0].Message}");
        var compilation = Compilation.Create(files.Trees);
        var errors = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException($"{folder} has {errors.Count} error(s), first: {errors[0].Message}");
        if (!PackLowering.TryLower(compilation, out var model, out var error)) throw new InvalidOperationException(error);
        return model!;
    }

    public static CompiledPack Compile(LoweredPack model)
    {
        if (!PackCompiler.TryCompile(model, out var compiled, out var failure))
            throw new InvalidOperationException("the pack did not compile: " + string.Join("; ", failure!.Messages.Take(5)));
        return compiled!;
    }
}
