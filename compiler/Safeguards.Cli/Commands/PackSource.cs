using Safeguards.Cli.Output;
using Safeguards.Compiler.Emit;
using Safeguards.Evaluation;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary>Opens the rule pack a command names: a folder built by <c>safeguards build</c> (it has a
/// manifest.json), or rule files, run by the interpreter or compiled with Roslyn (kept in the <see cref="PackCache"/>).</summary>
public static class PackSource
{
    public const string Interpreted = "interpreter";
    public const string Compiled = "compiled";

    /// <summary>The default for rule files: the compiled pack when the cache holds it or the batch is large enough
    /// to pay for compiling (<see cref="CompileFromBytes"/>), the interpreter otherwise.</summary>
    public const string Automatic = "auto";

    /// <summary>Case data from this size on (bytes of .json/.jsonl read) is worth compiling the rules for, when the
    /// cache does not hold them yet: measured break-even, docs/performance.md ("Batch throughput, cores and the pack cache").</summary>
    public const long CompileFromBytes = 3L * 1024 * 1024 * 1024;

    /// <param name="failure">When null is returned, the exit code (see <see cref="RulePackLoader.Load"/>).</param>
    /// <param name="inputBytes">For <see cref="Automatic"/>: how much case data the command will read.</param>
    /// <param name="verbose">Say on stderr which engine runs the rules.</param>
    public static IRulePack? Open(CliConsole console, string path, string command, out int failure, string engine = Interpreted,
        long inputBytes = 0, bool verbose = false)
    {
        failure = ExitCodes.InputError;
        var manifest = Path.Combine(path, ManifestWriter.FileName);
        if (Directory.Exists(path) && File.Exists(manifest)) return OpenBuilt(console, path, command);

        var loaded = RulePackLoader.Load(console, [path], command, out failure);
        if (loaded is null) return null;
        return Choose(console, loaded, command, engine, inputBytes, verbose, out failure);
    }

    /// <summary>The engine for loaded rule files (eval, test, report): see <see cref="Automatic"/>; <see cref="Interpreted"/>
    /// never touches the cache, <see cref="Compiled"/> uses it and fills it.</summary>
    public static IRulePack? Choose(CliConsole console, RulePackLoader.Loaded loaded, string command, string engine, long inputBytes, bool verbose,
        out int failure)
    {
        failure = ExitCodes.InputError;
        void Say(string what)
        {
            if (verbose) console.Error.WriteLine($"safeguards {command}: engine: {what}");
        }
        var interpreter = new Interpreter(loaded.Model);
        if (engine == Interpreted)
        {
            Say("interpreter (--engine interpreter)");
            return interpreter;
        }
        var entry = PackCache.EntryFolder(loaded.Compilation);
        if (PackCache.TryLoad(console, command, entry, interpreter.Safeguards) is { } cached)
        {
            Say($"compiled pack from the cache ({CliConsole.Display(entry)})");
            return cached;
        }
        if (engine == Automatic && inputBytes < CompileFromBytes)
        {
            Say($"interpreter (the cache has no compiled pack of these rules, and {inputBytes:N0} bytes of case data are too few to pay for compiling)");
            return interpreter;
        }
        if (!PackCompiler.TryCompile(loaded.Lowered, out var compiled, out var compileFailure))
        {
            foreach (var message in compileFailure!.Messages) console.Error.WriteLine($"safeguards {command}: internal error: {message}");
            failure = ExitCodes.InternalError;
            return null;
        }
        PackCache.Store(console, command, entry, compiled!);
        Say($"compiled with Roslyn, now in the cache ({CliConsole.Display(entry)})");
        return PackLoader.Load(compiled!.Assembly, compiled.Pdb);
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
