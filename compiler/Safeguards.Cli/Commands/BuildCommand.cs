using System.CommandLine;
using Safeguards.Cli.Output;
using Safeguards.Compiler.Emit;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary><c>safeguards build RULES -o DIR</c>: compile a pack to an assembly, its PDB and a manifest.</summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string[]>("rules") { Description = "Rule files or folders to compile into one pack.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the assembly, PDB and manifest.", Required = true };
        var emitCSharp = new Option<bool>("--emit-csharp") { Description = "Also write the generated C# (for review)." };
        var command = new Command("build", "Compile rule files to a .NET assembly with Roslyn.") { rules, output, emitCSharp };
        command.SetAction(r => Run(console, r.GetValue(rules)!, r.GetValue(output)!, r.GetValue(emitCSharp)));
        return command;
    }

    public static int Run(CliConsole console, IReadOnlyList<string> rules, string outputDirectory, bool emitCSharp)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory) || File.Exists(outputDirectory))
        {
            console.Error.WriteLine(string.IsNullOrWhiteSpace(outputDirectory)
                ? "safeguards build: the output folder is empty; name a folder, for example -o artifacts/pack"
                : $"safeguards build: {CliConsole.Display(outputDirectory)} is a file; -o names the folder for the assembly, PDB and manifest");
            return ExitCodes.InputError;
        }
        var loaded = RulePackLoader.Load(console, rules, "build", out var failure);
        if (loaded is null) return failure;
        if (!PackCompiler.TryCompile(loaded.Lowered, out var compiled, out var compileFailure))
        {
            foreach (var message in compileFailure!.Messages) console.Error.WriteLine($"safeguards build: internal error: {message}");
            return ExitCodes.InternalError;
        }
        var assemblyFile = compiled!.AssemblyName + ".dll";
        try
        {
            Write(outputDirectory, emitCSharp, compiled, assemblyFile);
        }
        catch (Exception e) when (OutputFile.IsWriteFailure(e))
        {
            console.Error.WriteLine($"safeguards build: cannot write to {CliConsole.Display(outputDirectory)}: {e.Message}");
            return ExitCodes.InputError;
        }
        console.Out.WriteLine($"Built {loaded.Model.Safeguards.Length} safeguard(s) into {CliConsole.Display(Path.Combine(outputDirectory, assemblyFile))} "
            + $"({compiled.Assembly.Length / 1024} KiB), with its PDB and {ManifestWriter.FileName}.");
        return ExitCodes.Success;
    }

    private static void Write(string outputDirectory, bool emitCSharp, CompiledPack compiled, string assemblyFile)
    {
        Directory.CreateDirectory(outputDirectory);
        // Each file is replaced whole (AtomicFile): a link planted in the output folder is not followed, and a
        // loader never sees a new assembly beside an old manifest half-written.
        AtomicFile.WriteAllBytes(Path.Combine(outputDirectory, assemblyFile), compiled.Assembly);
        AtomicFile.WriteAllBytes(Path.Combine(outputDirectory, compiled.AssemblyName + ".pdb"), compiled.Pdb);
        if (emitCSharp) AtomicFile.WriteAllText(Path.Combine(outputDirectory, compiled.AssemblyName + ".g.cs"), compiled.CSharp);
        var runtime = typeof(IRulePack).Assembly.Location;
        AtomicFile.WriteAllBytes(Path.Combine(outputDirectory, Path.GetFileName(runtime)), File.ReadAllBytes(runtime));
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, ManifestWriter.FileName), ManifestWriter.ToJson(assemblyFile, compiled, PackLoader.Load(compiled.Assembly)));
    }
}
