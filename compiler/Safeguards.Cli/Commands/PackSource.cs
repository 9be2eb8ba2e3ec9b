using Safeguards.Cli.Output;
using Safeguards.Compiler.Emit;
using Safeguards.Evaluation;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary>Opens the rule pack a command names: a folder built by <c>safeguards build</c> (it has a
/// manifest.json), or rule files, run by the interpreter or compiled in memory with Roslyn.</summary>
public static class PackSource
{
    public const string Interpreted = "interpreter";
    public const string Compiled = "compiled";

    /// <param name="failure">When null is returned, the exit code (see <see cref="RulePackLoader.Load"/>).</param>
    public static IRulePack? Open(CliConsole console, string path, string command, out int failure, string engine = Interpreted)
    {
        failure = ExitCodes.InputError;
        var manifest = Path.Combine(path, ManifestWriter.FileName);
        if (Directory.Exists(path) && File.Exists(manifest)) return OpenBuilt(console, path, command);

        var loaded = RulePackLoader.Load(console, [path], command, out failure);
        if (loaded is null) return null;
        if (engine == Interpreted) return new Interpreter(loaded.Model);
        if (PackCompiler.TryCompile(loaded.Lowered, out var compiled, out var compileFailure)) return PackLoader.Load(compiled!.Assembly, compiled.Pdb);
        foreach (var message in compileFailure!.Messages) console.Error.WriteLine($"safeguards {command}: internal error: {message}");
        failure = ExitCodes.InternalError;
        return null;
    }

    private static IRulePack? OpenBuilt(CliConsole console, string folder, string command)
    {
        try
        {
            // Verified against its manifest and the allow-list before any of its code runs (docs/trust-model.md).
            return PackLoader.LoadBuilt(folder);
        }
        catch (Exception e) when (e is PackRejectedException or IOException or UnauthorizedAccessException or InvalidDataException or BadImageFormatException or InvalidOperationException)
        {
            console.Error.WriteLine($"safeguards {command}: {CliConsole.Display(folder)} is not a usable built pack: {e.Message}");
            return null;
        }
    }
}
