using System.Diagnostics;

namespace Safeguards.Packaging.Tests;

/// <summary>Runs dotnet (pack, build, a built program) and the CLI in process.</summary>
internal static class Tool
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration these tests were built in (bin/CONFIG/net10.0): the libraries are packed from the same build.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static (int Exit, string Output) Dotnet(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        // Inherited from `dotnet test`, these would make the child build think it runs inside the test host's build.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" }) info.Environment.Remove(name);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A bound against a hung restore, not a measure of speed: a cold restore on a busy machine takes minutes.
        process.WaitForExit(TimeSpan.FromMinutes(15)).ShouldBeTrue($"dotnet {string.Join(' ', args)} did not finish within 15 minutes");
        return (process.ExitCode, (stdout.Result + stderr.Result).ReplaceLineEndings("\n"));
    }

    public static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Safeguards.Cli.Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeguards.sln"))) return dir.FullName;
        throw new InvalidOperationException("Safeguards.sln not found above the test assembly");
    }
}
