using System.Text.RegularExpressions;

namespace Safeguards.Cli.Tests;

public sealed partial class CheckCommandTests
{
    private const string BrokenRule = """
        pack kz.detention "Kazakhstan: safeguards in police detention"
          time zone "Asia/Almaty"

        source CPC_OLD "Criminal Procedure Code (before 2015)"
        article CPC_OLD 134.1 "Detention report within three hours"

        case detention "A person deprived of liberty"
          event apprehended "actual detention" required
          event registered "the detention report is drawn up"

        safeguard DET-REG-3H "Detention report within three hours"
          cites CPC_OLD article 134.1
          applies to detention
          requires registerd within 3 hours after apprehended
        """;

    [GeneratedRegex(@"^(?<file>[^()]+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<code>SG\d{4}): (?<message>.+)$")]
    private static partial Regex Canonical();

    private static string Rules => Path.Combine(Cli.RepoRoot, "rules");

    [Fact]
    public void Check_of_the_bundled_rules_passes()
    {
        var result = Cli.Run("check", Rules);
        result.ExitCode.ShouldBe(0, result.Out + result.Error);
        result.Out.ShouldNotContain(": error SG");
        result.Out.ShouldContain("0 error(s)");
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void A_file_with_errors_prints_canonical_diagnostics_and_exits_1()
    {
        using var temp = new TempFolder();
        var file = temp.Write("broken.sg", BrokenRule);
        var result = Cli.Run("check", file);

        result.ExitCode.ShouldBe(1);
        var diagnostic = result.Out.Split('\n').Select(l => Canonical().Match(l)).First(m => m.Success && m.Groups["severity"].Value == "error");
        diagnostic.Groups["file"].Value.ShouldEndWith("broken.sg");
        diagnostic.Groups["line"].Value.ShouldBe("14");
        diagnostic.Groups["col"].Value.ShouldBe("12");
        diagnostic.Groups["severity"].Value.ShouldBe("error");
        diagnostic.Groups["code"].Value.ShouldBe("SG2005");
        diagnostic.Groups["message"].Value.ShouldBe("The case 'detention' has no event 'registerd'. Did you mean 'registered'?");
        result.Out.ShouldContain("1 error(s)");
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public void Every_printed_diagnostic_line_is_in_the_canonical_form()
    {
        using var temp = new TempFolder();
        var file = temp.Write("broken.sg", BrokenRule + "\n  severity fatal\nsafeguard DET-REG-3H\n");
        var result = Cli.Run("check", file);
        result.ExitCode.ShouldBe(1);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Where(l => !l.StartsWith("    ", StringComparison.Ordinal) && !l.StartsWith("Checked ", StringComparison.Ordinal)))
            Canonical().IsMatch(line).ShouldBeTrue($"not canonical: {line}");
        // Related locations follow their diagnostic, indented: "    file(line,col): first declared here".
        lines.ShouldContain(l => l.StartsWith("    ", StringComparison.Ordinal) && l.EndsWith("first declared here", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var temp = new TempFolder();
        var file = temp.Write("warn.sg", BrokenRule.Replace("registerd", "registered", StringComparison.Ordinal) + "\nlet unused_limit = 3 hours\n");
        var result = Cli.Run("check", file);
        result.ExitCode.ShouldBe(0, result.Out);
        result.Out.ShouldContain(": warning SG5001: The constant 'unused_limit' is declared but never used.");
    }

    [Fact]
    public void The_built_executable_checks_the_bundled_rules_and_reports_errors_in_a_separate_process()
    {
        var ok = Cli.RunProcess(Cli.RepoRoot, "check", "rules/");
        ok.ExitCode.ShouldBe(0, ok.Out + ok.Error);
        ok.Out.ShouldContain("0 error(s)");
        ok.Out.ShouldContain("rules/kz/detention.sg(");   // paths relative to the working folder

        using var temp = new TempFolder();
        temp.Write("broken.sg", BrokenRule);
        var broken = Cli.RunProcess(temp.Path, "check", ".");
        broken.ExitCode.ShouldBe(1);
        broken.Out.ShouldContain("broken.sg(14,12): error SG2005: The case 'detention' has no event 'registerd'. Did you mean 'registered'?");
        broken.ShouldHaveNoStackTrace();
    }
}
