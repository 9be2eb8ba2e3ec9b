namespace Safeguards.Cli.Tests;

/// <summary>An output path that cannot be written (empty, a folder, a full device) is a usage error,
/// exit 2, with a sentence saying what is wrong; before, each was "internal error", exit 3.</summary>
public sealed class OutputPathTests
{
    public static TheoryData<string, string[]> Commands() => new()
    {
        { "eval", ["eval", Samples.Rules, Samples.OneCase, "--as-of", Samples.AsOf, "-o"] },
        { "check", ["check", Samples.Rules, "-o"] },
        { "report", ["report", Samples.Rules, Samples.OneCase, "--as-of", Samples.AsOf, "-o"] },
        { "catalogue", ["catalogue", Samples.Rules, "-o"] },
        { "test", ["test", Samples.Rules, "--junit"] },
    };

    private static CliResult RunWith(string[] args, string path) => Cli.Run([.. args, path]);

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_empty_output_path(string command, string[] args)
    {
        var result = RunWith(args, "");
        result.ExitCode.ShouldBe(ExitCodes.InputError, result.Error);
        result.Error.ShouldContain($"safeguards {command}: ");
        result.Error.ShouldContain("the output path is empty; name a file");
        result.ShouldHaveNoStackTrace();
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_folder_as_output_path(string command, string[] args)
    {
        using var temp = new TempFolder();
        var result = RunWith(args, temp.Path);
        result.ExitCode.ShouldBe(ExitCodes.InputError, result.Error);
        result.Error.ShouldContain($"safeguards {command}: ");
        result.Error.ShouldContain("is a folder; name a file in it");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_full_device_as_output_path(string command, string[] args)
    {
        if (!File.Exists("/dev/full")) return;   // Linux only: writing to /dev/full fails with "No space left on device"
        var result = RunWith(args, "/dev/full");
        result.ExitCode.ShouldBe(ExitCodes.InputError, result.Error);
        result.Error.ShouldContain($"safeguards {command}: ");
        result.Error.ShouldContain("cannot write /dev/full: No space left on device");
        result.ErrorLines.ShouldNotContain(l => l.Contains("internal error"));
    }

    [Fact]
    public void An_output_file_in_a_folder_that_does_not_exist()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("eval", Samples.Rules, Samples.OneCase, "--as-of", Samples.AsOf, "-o", Path.Combine(temp.Path, "nowhere", "out.json"));
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.Error.ShouldContain("does not exist");
    }

    [Fact]
    public void Build_refuses_an_empty_output_folder_and_a_file()
    {
        var empty = Cli.Run("build", Samples.Rules, "-o", "");
        empty.ExitCode.ShouldBe(ExitCodes.InputError);
        empty.ErrorLines[0].ShouldStartWith("safeguards build: the output folder is empty");

        using var temp = new TempFolder();
        var file = temp.Write("taken", "x");
        var result = Cli.Run("build", Samples.Rules, "-o", file);
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.ErrorLines[0].ShouldContain("is a file; -o names the folder");
    }
}
