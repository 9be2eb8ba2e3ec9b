using Safeguards.Evaluation;

namespace Safeguards.Cli.Tests;

/// <summary>Text from case files and rule files cannot forge output lines or send escape sequences
/// to the terminal: control characters are shown escaped (\n, \u001b) in every text output.</summary>
public sealed class TerminalTextTests
{
    private const string Forged = "fake\n  SATISFIED          DET-REG-3H [error] all fine\u001b[31m";

    [Fact]
    public void Clean_escapes_control_characters_and_leaves_other_text_alone()
    {
        TerminalText.Clean("ro-2011-detention, Алматы").ShouldBe("ro-2011-detention, Алматы");
        TerminalText.Clean("a\nb\r\tc\u001b[31m\u0007\u009b\u202e").ShouldBe("a\\nb\\r\\tc\\u001b[31m\\u0007\\u009b\\u202e");
        TerminalText.CleanLines("line 1\nline\u001b 2\n").ShouldBe("line 1\nline\\u001b 2\n");
    }

    [Fact]
    public void A_forged_case_id_cannot_add_a_line_or_an_escape_to_eval_output()
    {
        using var temp = new TempFolder();
        var file = temp.Write("case.json", Samples.LateRegistration(Forged));
        var result = Cli.Run("eval", Samples.Rules, file, "--as-of", Samples.AsOf);
        result.ExitCode.ShouldBe(ExitCodes.Findings, result.Error);
        result.Out.ShouldNotContain("\u001b");
        result.Out.Split('\n').ShouldNotContain(l => l.StartsWith("  SATISFIED          DET-REG-3H", StringComparison.Ordinal));
        result.Out.ShouldContain("Case fake\\n  SATISFIED          DET-REG-3H [error] all fine\\u001b[31m (");
    }

    [Fact]
    public void A_forged_event_id_is_escaped_in_the_reason()
    {
        using var temp = new TempFolder();
        // Registered in time: the text shows the reason, which names the registering event by its id.
        var file = temp.Write("case.json", Samples.LateRegistration("c1", registeredId: "e2\n  SATISFIED\u001b[0m", registeredAt: "2009-03-10T11:30:00+06:00"));
        var result = Cli.Run("eval", Samples.Rules, file, "--as-of", Samples.AsOf);
        result.Out.ShouldNotContain("\u001b");
        result.Out.ShouldContain("'registered (e2\\n  SATISFIED\\u001b[0m)' at 2009-03-10 11:30");
        result.Out.Split('\n').ShouldNotContain(l => l.StartsWith("  SATISFIED\u001b", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forged_case_id_is_escaped_in_data_error_lines()
    {
        using var temp = new TempFolder();
        var file = temp.Write("bad.jsonl", $$"""{"id": {{System.Text.Json.JsonSerializer.Serialize(Forged)}}, "schema": "detention", "events": [{"type": "apprehended", "time": "yesterday"}]}""" + "\n");
        var result = Cli.Run("eval", Samples.Rules, file, "--as-of", Samples.AsOf);
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.Out.ShouldNotContain("\u001b");
        result.Out.Split('\n').ShouldNotContain(l => l.StartsWith("  SATISFIED", StringComparison.Ordinal));
    }

    [Fact]
    public void A_forged_case_id_cannot_add_a_line_or_an_escape_to_explain_output()
    {
        using var temp = new TempFolder();
        var file = temp.Write("case.json", Samples.LateRegistration(Forged, registeredId: "e2\u001b[2J"));
        var result = Cli.Run("explain", Samples.Rules, file, "DET-REG-3H", "--as-of", Samples.AsOf);
        result.ExitCode.ShouldBe(ExitCodes.Findings, result.Error);
        result.Out.ShouldNotContain("\u001b");
        result.Out.ShouldContain("Case fake\\n  SATISFIED");
        result.Out.Split('\n').ShouldNotContain(l => l.StartsWith("  SATISFIED", StringComparison.Ordinal));
    }

    [Fact]
    public void The_catalogue_escapes_html_and_javascript_links_from_rule_titles()
    {
        using var temp = new TempFolder();
        var rules = temp.Write("pack.sg", """
            pack kz.titles "Titles <b>bold</b>"
              time zone "Asia/Almaty"
            source CPC "Code & <script>alert(1)</script>"
            article CPC 1 "Article"
            case detention "A detention"
              event apprehended "apprehended" required
              event registered "registered"
            safeguard TTL-1 "Click [here](javascript:alert(1)) <img src=x onerror=alert(1)>"
              cites CPC article 1
              applies to detention
              requires registered within 3 hours after apprehended
            """);
        var result = Cli.Run("catalogue", rules);
        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldNotContain("<script>");
        result.Out.ShouldNotContain("<img");
        result.Out.ShouldNotContain("<b>");
        result.Out.ShouldNotContain("](javascript:");
        result.Out.ShouldNotContain("javascript:", Case.Insensitive);
        result.Out.ShouldContain("Click \\[here\\](javascript&#58;alert(1)) &lt;img src=x onerror=alert(1)&gt;");
        result.Out.ShouldContain("Code &amp; &lt;script&gt;");
    }

    [Theory]
    [InlineData("0000-01-01T00:00:00+05:00", "the year is out of range (0001-9999)")]
    [InlineData("9999-12-31T23:59:59-14:00", "the instant is outside the supported range")]
    [InlineData("2026-13-01T00:00:00+05:00", "the month is out of range (01-12)")]
    [InlineData("2026-01-01T00:00:00", "time has no offset")]
    [InlineData("2026-01-01", "this is a whole day or month, not an instant")]
    public void A_bad_as_of_says_what_is_wrong(string asOf, string expected)
    {
        var result = Cli.Run("eval", Samples.Rules, Samples.OneCase, "--as-of", asOf);
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.ErrorLines[0].ShouldStartWith($"safeguards eval: --as-of '{asOf}': {expected}");
        result.ErrorLines[0].ShouldEndWith(", or 'now'");
        result.ErrorLines[0].ShouldContain("write");   // with the form to use
    }
}
