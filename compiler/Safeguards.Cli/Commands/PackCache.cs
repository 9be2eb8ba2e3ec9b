using System.Security.Cryptography;
using System.Text;
using Safeguards.Cli.Output;
using Safeguards.Compiler.Emit;
using Safeguards.Evaluation;
using Safeguards.Language.Semantics;
using Safeguards.Runtime;

namespace Safeguards.Cli.Commands;

/// <summary>
/// Compiled packs of rule files, kept in the user's cache folder so that a second <c>eval</c> or <c>test</c> of the
/// same rules runs compiled without paying for Roslyn. An entry is the folder <c>safeguards build</c> writes, named
/// by the SHA-256 of the rule files (path and content of each) and of the tool that compiled them (the identity of
/// the compiler, runtime, language and evaluation assemblies: a different build of the tool never reads another's
/// entries). Entries are written to a temporary folder and renamed into place, and loaded like any built pack:
/// manifest hashes and <see cref="PackVerifier"/> first (<see cref="PackLoader.LoadBuilt"/>), and its safeguards must be
/// the rules'. An entry that fails is refused with a warning and removed; the command goes on as if there were none.
/// </summary>
public static class PackCache
{
    /// <summary>Overrides the cache folder (tests, CI, a shared machine).</summary>
    public const string EnvironmentVariable = "SAFEGUARDS_CACHE";

    /// <summary><c>$SAFEGUARDS_CACHE</c>, else <c>$XDG_CACHE_HOME/safeguards</c>, else <c>~/.cache/safeguards</c>.</summary>
    public static string Root()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } overridden) return Path.GetFullPath(overridden);
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "safeguards");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "safeguards");
    }

    /// <summary>The entry folder for these rules compiled by this tool.</summary>
    public static string EntryFolder(Compilation compilation) => Path.Combine(Root(), "packs", Key(compilation));

    public static string Key(Compilation compilation)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }
        Add("safeguards pack cache 1");
        foreach (var assembly in new[] { typeof(PackCompiler).Assembly, typeof(IRulePack).Assembly, typeof(Compilation).Assembly, typeof(Interpreter).Assembly })
            Add(assembly.ManifestModule.ModuleVersionId.ToString("N"));
        foreach (var tree in compilation.Trees)
        {
            Add(Path.GetFullPath(tree.Source.Path));
            Add(tree.Source.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(tree.Source.Text);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The cached pack, or null when there is none or it was refused (with a warning; the entry is removed).</summary>
    /// <param name="expected">The safeguards the rules define: a cached pack with others is refused as well.</param>
    public static IRulePack? TryLoad(CliConsole console, string command, string entry, IReadOnlyList<SafeguardInfo> expected)
    {
        if (!Directory.Exists(entry)) return null;
        try
        {
            var pack = PackLoader.LoadBuilt(entry);
            return Describe(pack.Safeguards).SequenceEqual(Describe(expected))
                ? pack
                : throw new PackRejectedException("its safeguards are not the ones of the rule files");
        }
        catch (Exception e) when (e is PackRejectedException or IOException or UnauthorizedAccessException or InvalidDataException or BadImageFormatException or InvalidOperationException)
        {
            console.Error.WriteLine($"safeguards {command}: warning: the cached compiled pack {CliConsole.Display(entry)} was refused and removed: {e.Message}; "
                + "the rules run without it");
            TryDelete(entry);
            return null;
        }
    }

    /// <summary>Keeps a compiled pack for next time; a cache that cannot be written costs a note, never the run.</summary>
    public static void Store(CliConsole console, string command, string entry, CompiledPack compiled)
    {
        var temporary = $"{entry}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            BuildCommand.Write(temporary, emitCSharp: false, compiled, compiled.AssemblyName + ".dll");
            // Renamed whole into place: a reader sees no entry or a complete one. Another process may have won the race.
            if (!Directory.Exists(entry)) Directory.Move(temporary, entry);
            Prune(Path.GetDirectoryName(entry)!, keep: entry);
        }
        catch (Exception e) when (OutputFile.IsWriteFailure(e))
        {
            if (!Directory.Exists(entry)) console.Error.WriteLine($"safeguards {command}: note: the compiled pack could not be cached ({e.Message})");
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Entries kept at most: every build of the tool has its own keys, so old ones would pile up.</summary>
    public const int MaxEntries = 16;

    /// <summary>Removes the least recently written entries beyond <see cref="MaxEntries"/> (and temporary folders
    /// left by runs that were killed, once they are an hour old).</summary>
    private static void Prune(string packs, string keep)
    {
        var folders = new DirectoryInfo(packs).GetDirectories();
        foreach (var stale in folders.Where(f => f.Name.Contains(".tmp-", StringComparison.Ordinal) && f.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1)))
            TryDelete(stale.FullName);
        var entries = folders.Where(f => !f.Name.Contains(".tmp-", StringComparison.Ordinal) && f.FullName != keep).OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        foreach (var old in entries.Skip(MaxEntries - 1)) TryDelete(old.FullName);
    }

    private static IEnumerable<string> Describe(IReadOnlyList<SafeguardInfo> safeguards) =>
        safeguards.Select(s => $"{s.Id}\n{s.Title}\n{s.Severity}\n{s.CaseSchema}\n{s.RequirementText}");

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run; an entry that is there but unusable is refused again.
        }
    }
}
