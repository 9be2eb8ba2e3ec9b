namespace Safeguards.Cli.Tests;

public sealed class ExplainTests
{
    [Fact]
    public void An_unknown_safeguard_gets_a_did_you_mean()
    {
        var result = Cli.Run("explain", Samples.Rules, Samples.OneCase, "DET-REG-3", "--as-of", Samples.AsOf);
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.ErrorLines[0].ShouldBe("safeguards explain: the pack has no safeguard 'DET-REG-3'. Did you mean 'DET-REG-3H'?");
    }

    [Fact]
    public void A_batch_of_several_cases_needs_case_and_lists_the_ids()
    {
        var batch = Path.Combine(Samples.Cases, "batch.jsonl");
        var result = Cli.Run("explain", Samples.Rules, batch, "DET-REG-3H", "--as-of", Samples.AsOf);
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.Out.ShouldBeEmpty();   // before: the first record was explained silently
        result.ErrorLines[0].ShouldStartWith($"safeguards explain: {batch} holds 8 cases; name one with --case ID: krivobokov-2013-complaint, ro-2011-detention,");
    }

    [Fact]
    public void Case_picks_one_case_of_a_batch()
    {
        var batch = Path.Combine(Samples.Cases, "batch.jsonl");
        var result = Cli.Run("explain", Samples.Rules, batch, "DET-REG-3H", "--case", "ro-2011-detention", "--as-of", Samples.AsOf);
        result.Error.ShouldBeEmpty();
        result.Out.ShouldContain("Case ro-2011-detention, as of");
    }

    [Fact]
    public void An_unknown_case_id_gets_a_did_you_mean_and_the_list()
    {
        var batch = Path.Combine(Samples.Cases, "batch.jsonl");
        var result = Cli.Run("explain", Samples.Rules, batch, "DET-REG-3H", "--case", "ro-2011-detentoin", "--as-of", Samples.AsOf);
        result.ExitCode.ShouldBe(ExitCodes.InputError);
        result.ErrorLines[0].ShouldContain("has no case 'ro-2011-detentoin'. Did you mean 'ro-2011-detention'? The cases are: krivobokov-2013-complaint,");
    }

    [Fact]
    public void The_explanation_lists_how_the_record_relates_the_times()
    {
        using var temp = new TempFolder();
        var record = temp.Write("r.json", """
            {"id": "ro", "schema": "detention", "facts": {"kind": "criminal"}, "events": [
              {"id": "a1", "type": "apprehended", "time": "2011-12-14"},
              {"id": "r1", "type": "registered", "time": {"after": "a1", "by": "17 hours"}},
              {"type": "court_sanction", "time": "unknown", "happened": "not known"}]}
            """);
        var result = Cli.Run("explain", Samples.Rules, record, "DET-REG-3H", "--as-of", Samples.AsOf);
        result.Error.ShouldBeEmpty();
        result.Out.ShouldContain("The record relates the times:");
        result.Out.ShouldContain("  registered (r1): 17 hours after apprehended (a1) ($.events[1].time.after)");
        result.Out.ShouldContain("  court_sanction: not known whether it happened");
        result.Out.ShouldContain("Verdict: VIOLATED");
    }
}
