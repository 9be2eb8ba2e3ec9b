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
}
