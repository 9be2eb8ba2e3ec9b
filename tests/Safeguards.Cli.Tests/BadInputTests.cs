namespace Safeguards.Cli.Tests;

/// <summary>Input the tool cannot read gets one clear message on stderr and a non-zero exit, never a stack trace.</summary>
public sealed class BadInputTests
{
    private static void ShouldFailWithOneMessage(CliResult result, string expected)
    {
        result.ExitCode.ShouldNotBe(0);
        result.ShouldHaveNoStackTrace();
        result.ErrorLines.Length.ShouldBe(1, result.Error);
        result.ErrorLines[0].ShouldContain(expected);
    }

    [Fact]
    public void A_missing_file()
    {
        using var temp = new TempFolder();
        ShouldFailWithOneMessage(Cli.Run("check", Path.Combine(temp.Path, "nowhere.sg")), "no such file or folder");
    }

    [Fact]
    public void A_folder_with_no_rule_files()
    {
        using var temp = new TempFolder();
        temp.Write("notes.txt", "not a rule file");
        ShouldFailWithOneMessage(Cli.Run("check", temp.Path), "the folder contains no rule files (*.sg)");
    }

    [Fact]
    public void A_binary_file()
    {
        using var temp = new TempFolder();
        var file = temp.WriteBytes("image.sg", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        ShouldFailWithOneMessage(Cli.Run("check", file), "this is a binary file, not a rule file");
    }

    [Fact]
    public void A_file_that_is_not_utf8()
    {
        using var temp = new TempFolder();
        // "pack kz.d" then Latin-1 "é" (0xE9), which is not valid UTF-8 here.
        var file = temp.WriteBytes("latin1.sg", [.. "pack kz.d"u8, 0xE9, .. " \"Kazakhstan\"\n"u8]);
        ShouldFailWithOneMessage(Cli.Run("check", file), "the file is not valid UTF-8 (first bad byte at offset 9); save it as UTF-8");
    }

    [Fact]
    public void No_paths_at_all()
    {
        var result = Cli.Run("check");
        result.ExitCode.ShouldNotBe(0);
        result.ShouldHaveNoStackTrace();
        result.Error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void An_unknown_format()
    {
        var result = Cli.Run("check", "--format", "xml", Path.Combine(Cli.RepoRoot, "rules"));
        result.ExitCode.ShouldNotBe(0);
        result.ShouldHaveNoStackTrace();
        result.Error.ShouldContain("xml");
    }

    [Fact]
    public void An_output_path_that_cannot_be_written()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("check", "--output", Path.Combine(temp.Path, "no-such-folder", "out.txt"), Path.Combine(Cli.RepoRoot, "rules"));
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        ShouldFailWithOneMessage(result, "out.txt: error: cannot write the report");
    }

    [Fact]
    public void Good_and_bad_paths_together_report_the_bad_one_and_fail()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("check", Path.Combine(Cli.RepoRoot, "rules"), Path.Combine(temp.Path, "nowhere.sg"));
        result.ExitCode.ShouldNotBe(0);
        result.ShouldHaveNoStackTrace();
        result.Error.ShouldContain("no such file or folder");
    }

    [Fact]
    public void Bad_input_in_a_separate_process_gets_one_message_and_no_stack_trace()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("binary.sg", [0, 1, 2, 3]);
        ShouldFailWithOneMessage(Cli.RunProcess(temp.Path, "check", "binary.sg"), "binary.sg: error SG0002: this is a binary file, not a rule file");
    }
}
