using System.Diagnostics;

namespace Safeguards.Cli.Tests;

/// <summary>The cache of compiled packs (<c>SAFEGUARDS_CACHE</c>): a compiled run fills it, the next run of the same
/// rules uses it by default, a tampered entry is refused (the answers stay those of the interpreter), and
/// <c>--engine interpreter</c> never touches it. Each run is a separate process with its own cache folder.</summary>
public sealed class PackCacheTests
{
    [Fact]
    public void A_compiled_run_fills_the_cache_and_the_next_run_uses_it()
    {
        using var cache = new TempFolder();
        var first = Eval(cache, "--engine", "compiled");
        first.Error.ShouldContain("engine: compiled with Roslyn, now in the cache");
        var entry = Entries(cache).ShouldHaveSingleItem();
        File.Exists(Path.Combine(entry, "manifest.json")).ShouldBeTrue();

        var second = Eval(cache); // the default engine
        second.Error.ShouldContain("engine: compiled pack from the cache");
        second.Out.ShouldBe(first.Out);
        second.ExitCode.ShouldBe(first.ExitCode);
        Entries(cache).ShouldBe([entry]);
    }

    [Fact]
    public void A_tampered_entry_is_refused_and_the_interpreter_answers()
    {
        using var cache = new TempFolder();
        var interpreted = Eval(cache, "--engine", "interpreter");
        Eval(cache, "--engine", "compiled").ExitCode.ShouldBe(interpreted.ExitCode);
        var assembly = Directory.GetFiles(Entries(cache).Single(), "Safeguards.Pack.*.dll").Single();
        var bytes = File.ReadAllBytes(assembly);
        bytes[bytes.Length / 2] ^= 0x5a;
        File.WriteAllBytes(assembly, bytes);

        var result = Eval(cache);
        result.Error.ShouldContain("warning: the cached compiled pack");
        result.Error.ShouldContain("was refused and removed");
        result.Error.ShouldContain("does not match manifest.json");
        result.Error.ShouldContain("engine: interpreter");
        result.ShouldHaveNoStackTrace();
        result.Out.ShouldBe(interpreted.Out);
        result.ExitCode.ShouldBe(interpreted.ExitCode);
        Entries(cache).ShouldBeEmpty();
    }

    [Fact]
    public void The_interpreter_engine_bypasses_the_cache()
    {
        using var cache = new TempFolder();
        var result = Eval(cache, "--engine", "interpreter");
        result.Error.ShouldContain("engine: interpreter (--engine interpreter)");
        Directory.Exists(Path.Combine(cache.Path, "packs")).ShouldBeFalse();

        Eval(cache, "--engine", "compiled");
        Eval(cache, "--engine", "interpreter").Error.ShouldContain("engine: interpreter (--engine interpreter)");
    }

    private static string[] Entries(TempFolder cache) => Directory.GetDirectories(Path.Combine(cache.Path, "packs"));

    private static CliResult Eval(TempFolder cache, params string[] options)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "safeguards.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment["SAFEGUARDS_CACHE"] = cache.Path;
        string[] args = [dll, "eval", Samples.Rules, Samples.OneCase, "--as-of", Samples.AsOf, "--format", "jsonl", "--verbose", .. options];
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue("the tool did not finish within two minutes");
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
