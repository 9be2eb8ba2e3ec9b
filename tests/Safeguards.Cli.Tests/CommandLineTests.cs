namespace Safeguards.Cli.Tests;

/// <summary>Every command line the tool does not understand is a usage error (exit 2) with a
/// did-you-mean, decided before any work: a misspelt option is never taken as a file name.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void A_misspelt_option_of_eval_is_refused_with_a_suggestion_and_nothing_is_evaluated()
    {
        var result = Cli.Run("eval", Samples.Rules, Samples.OneCase, "--as-off", "2026-01-01T00:00:00+05:00");
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.Out.ShouldBeEmpty();   // before the fix: evaluated as of now, with "--as-off(0): error: $: no such file or folder"
        result.ErrorLines[0].ShouldBe("safeguards eval: error: unknown option '--as-off'. Did you mean '--as-of'?");
        result.Error.ShouldContain("Run 'safeguards eval --help'");
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void A_misspelt_option_of_test_is_refused_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var junit = Path.Combine(temp.Path, "x.xml");
        var result = Cli.Run("test", Samples.Rules, "--junitt", junit);
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.ErrorLines[0].ShouldBe("safeguards test: error: unknown option '--junitt'. Did you mean '--junit'?");
        File.Exists(junit).ShouldBeFalse();
        result.Out.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("check", "--formt", "--format")]
    [InlineData("fmt", "--chek", "--check")]
    [InlineData("catalogue", "--outptu", "--output")]
    [InlineData("report", "--detail-limt", "--detail-limit")]
    [InlineData("explain", "--cas", "--case")]
    public void Every_command_refuses_unknown_options_the_same_way(string command, string wrong, string right)
    {
        var result = Cli.Run(command, Samples.Rules, wrong);
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.Error.ShouldContain($"safeguards {command}: error: unknown option '{wrong}'. Did you mean '{right}'?");
    }

    [Fact]
    public void An_option_with_an_equals_sign_is_named_without_its_value()
    {
        var result = Cli.Run("eval", Samples.Rules, Samples.OneCase, "--as-off=now");
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.Error.ShouldContain("unknown option '--as-off'. Did you mean '--as-of'?");
    }

    [Fact]
    public void An_unknown_command_lists_the_commands_and_a_close_one_is_suggested()
    {
        var unknown = Cli.Run("frobnicate");
        unknown.ExitCode.ShouldBe(ExitCodes.InputError);
        unknown.ErrorLines[0].ShouldBe("safeguards: error: unknown command 'frobnicate'; the commands are check, test, eval, report, build, explain, catalogue, fmt, schema.");

        var typo = Cli.Run("evl", Samples.Rules);
        typo.ExitCode.ShouldBe(ExitCodes.InputError);
        typo.ErrorLines[0].ShouldBe("safeguards: error: unknown command 'evl'. Did you mean 'eval'?");
    }

    [Fact]
    public void A_surplus_argument_is_a_usage_error()
    {
        var result = Cli.Run("explain", Samples.Rules, Samples.OneCase, "DET-REG-3H", "extra");
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.ErrorLines[0].ShouldBe("safeguards explain: error: unexpected argument 'extra'");
    }

    [Fact]
    public void After_a_double_dash_a_token_that_starts_with_a_dash_is_a_file_name()
    {
        var result = Cli.Run("eval", Samples.Rules, "--as-of", Samples.AsOf, "--", "-no-such-case.json");
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.ErrorLines[0].ShouldBe("-no-such-case.json: error: no such file or folder");
        result.Error.ShouldNotContain("unknown option");
    }

    [Fact]
    public void A_value_outside_the_allowed_ones_or_a_missing_required_option_is_2_not_1()
    {
        var format = Cli.Run("eval", Samples.Rules, Samples.Cases, "--format", "yaml");
        format.ExitCode.ShouldBe(ExitCodes.InputError);
        format.ErrorLines[0].ShouldBe("safeguards eval: error: Argument 'yaml' not recognized. Must be one of: 'text' 'json' 'jsonl' 'sarif' 'outcomes'.");

        var output = Cli.Run("report", Samples.Rules, Samples.Cases);
        output.ExitCode.ShouldBe(ExitCodes.InputError);
        output.ErrorLines[0].ShouldBe("safeguards report: error: Option '--output' is required.");
    }

    [Fact]
    public void No_command_at_all_prints_the_help_on_stderr_and_exits_2()
    {
        var result = Cli.Run();
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.Out.ShouldBeEmpty();
        result.Error.ShouldContain("Commands:");
        result.Error.ShouldContain("Exit codes");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("eval", "--help")]
    [InlineData("test", "-h")]
    [InlineData("check", "--help")]
    public void Help_ends_with_the_exit_codes_every_command_shares(params string[] args)
    {
        var result = Cli.Run(args);
        result.ExitCode.ShouldBe(ExitCodes.Success);
        result.Out.TrimEnd().ShouldEndWith(ExitCodes.HelpText.ReplaceLineEndings("\n").TrimEnd());
        result.Out.ShouldContain("2 wins over 1");
    }
}
