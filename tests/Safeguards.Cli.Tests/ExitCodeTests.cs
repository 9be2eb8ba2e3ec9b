using System.Text.RegularExpressions;

namespace Safeguards.Cli.Tests;

/// <summary>One exit-code contract for every command (README.md, "Exit codes", and --help): each
/// command's failure modes are run here and their codes checked.</summary>
public sealed partial class ExitCodeTests
{
    private const string BrokenRule = """
        pack kz.broken "Broken"
          time zone "Asia/Almaty"
        source CPC "Code"
        article CPC 1 "Article"
        case detention "A detention"
          event apprehended "apprehended" required
          event registered "registered"
        safeguard BRK-1 "Broken"
          cites CPC article 1
          applies to detention
          requires registerd within 3 hours after apprehended
        """;

    public static TheoryData<string, string[], int> Runs()
    {
        var rules = Samples.Rules;
        var cases = Samples.Cases;
        var one = Samples.OneCase;
        var asOf = Samples.AsOf;
        var missing = Path.Combine(Path.GetTempPath(), "safeguards-no-such-path-" + Guid.NewGuid().ToString("N"));
        return new TheoryData<string, string[], int>
        {
            { "check passes", ["check", rules], 0 },
            { "check with a missing path", ["check", rules, missing], 2 },
            { "test passes", ["test", rules], 0 },
            { "test with a missing path", ["test", rules, missing], 2 },
            { "eval finds violations", ["eval", rules, cases, "--as-of", asOf], 1 },
            { "eval with a missing case file and violations: 2 wins", ["eval", rules, one, missing, "--as-of", asOf], 2 },
            { "eval with a bad --as-of", ["eval", rules, one, "--as-of", "tomorrow"], 2 },
            { "eval with a missing rules path", ["eval", missing, one, "--as-of", asOf], 2 },
            { "explain a violation", ["explain", rules, Path.Combine(cases, "krivobokov-2013-detention.json"), "DET-MOMENT", "--as-of", asOf], 1 },
            { "explain an unknown safeguard", ["explain", rules, one, "DET-REG-3", "--as-of", asOf], 2 },
            { "explain a missing case", ["explain", rules, missing, "DET-REG-3H", "--as-of", asOf], 2 },
            { "catalogue to stdout", ["catalogue", rules], 0 },
            { "catalogue --check of the current docs", ["catalogue", rules, "-o", Path.Combine(Cli.RepoRoot, "docs", "catalogue.md"), "--check"], 0 },
            { "catalogue with a missing path", ["catalogue", missing], 2 },
            { "fmt --check of the bundled rules", ["fmt", "--check", rules], 0 },
            { "fmt with a missing path", ["fmt", missing], 2 },
            { "report without -o", ["report", rules, cases], 2 },
            { "report with a missing case path", ["report", rules, missing, "-o", Path.Combine(Path.GetTempPath(), "x.html")], 2 },
            { "build with a missing path", ["build", missing, "-o", Path.Combine(Path.GetTempPath(), "x")], 2 },
            { "an unknown command", ["frobnicate"], 2 },
            { "an unknown option", ["check", rules, "--verbose"], 2 },
        };
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Each_command_exits_with_the_documented_code(string what, string[] args, int expected)
    {
        var result = Cli.Run(args);
        result.ExitCode.ShouldBe(expected, $"{what}: {result.Error}");
        result.ShouldHaveNoStackTrace();
    }

    [Theory]
    [InlineData("check")]
    [InlineData("test")]
    [InlineData("eval")]
    [InlineData("explain")]
    [InlineData("catalogue")]
    [InlineData("build")]
    public void Rules_with_errors_exit_1_for_every_command_that_loads_them(string command)
    {
        using var temp = new TempFolder();
        var rules = temp.Write("broken.sg", BrokenRule);
        var caseFile = temp.Write("case.json", """{"id": "c", "schema": "detention", "events": []}""");
        string[] args = command switch
        {
            "eval" => ["eval", rules, caseFile],
            "explain" => ["explain", rules, caseFile, "BRK-1"],
            "build" => ["build", rules, "-o", Path.Combine(temp.Path, "out")],
            _ => [command, rules],
        };
        var result = Cli.Run(args);
        result.ExitCode.ShouldBe(ExitCodes.Findings, result.Error);
        (result.Out + result.Error).ShouldContain("error SG2005");
    }

    [Fact]
    public void Check_with_rule_errors_and_a_missing_path_exits_2()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("broken.sg", BrokenRule);
        var result = Cli.Run("check", rules, Path.Combine(temp.Path, "nowhere.sg"));
        result.ExitCode.ShouldBe(ExitCodes.InputError);   // before: 1, the missing file hidden behind the rule errors
        result.Out.ShouldContain("error SG2005");
    }

    [Fact]
    public void Eval_with_unreadable_records_and_violations_exits_2_and_still_reports_the_violations()
    {
        using var temp = new TempFolder();
        var batch = temp.Write("batch.jsonl", Samples.LateRegistration("late").ReplaceLineEndings(" ") + "\n{\"id\": \"broken\", \"schema\": \n");
        var result = Cli.Run("eval", Samples.Rules, batch, "--as-of", Samples.AsOf);
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.Out.ShouldContain("VIOLATED          DET-REG-3H");
        result.Out.ShouldContain("batch.jsonl(2): error CD102: ");
    }

    [GeneratedRegex(@"^\| (?<code>\d) \| (?<meaning>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [Fact]
    public void The_readme_table_and_the_help_text_list_the_same_codes_as_ExitCodes()
    {
        var readme = File.ReadAllText(Path.Combine(Cli.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("### Exit codes", StringComparison.Ordinal)..];
        var rows = TableRow().Matches(section).Select(m => int.Parse(m.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        int[] codes = [ExitCodes.Success, ExitCodes.Findings, ExitCodes.InputError, ExitCodes.InternalError];
        rows.ShouldBe(codes);
        section.ShouldContain("2 wins");
        foreach (var code in codes) ExitCodes.HelpText.ShouldContain($"\n  {code}  ");
    }
}
