namespace Safeguards.Runtime.Tests;

public class OutcomeTests
{
    [Theory]
    [InlineData(Outcome.Satisfied, "satisfied")]
    [InlineData(Outcome.Violated, "violated")]
    [InlineData(Outcome.Pending, "pending")]
    [InlineData(Outcome.NotApplicable, "not-applicable")]
    [InlineData(Outcome.InsufficientData, "insufficient-data")]
    [InlineData(Outcome.Indeterminate, "indeterminate")]
    public void Json_names_round_trip(Outcome outcome, string name)
    {
        OutcomeNames.ToJson(outcome).ShouldBe(name);
        OutcomeNames.TryParse(name, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(outcome);
    }

    [Theory]
    [InlineData("Satisfied")]
    [InlineData("not_applicable")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_spellings_are_rejected(string? name) => OutcomeNames.TryParse(name, out _).ShouldBeFalse();

    [Fact]
    public void Worst_follows_the_documented_order()
    {
        Outcome[] order = [Outcome.NotApplicable, Outcome.Satisfied, Outcome.Pending, Outcome.InsufficientData, Outcome.Indeterminate, Outcome.Violated];
        for (var i = 0; i < order.Length; i++)
        {
            for (var j = 0; j < order.Length; j++)
            {
                var expected = order[Math.Max(i, j)];
                OutcomeNames.Worst(order[i], order[j]).ShouldBe(expected);
                Outcomes.Worst(order[j], order[i]).ShouldBe(expected);
            }
        }
    }

    [Theory]
    [InlineData(LegalStatus.Binding, Severity.Error)]
    [InlineData(LegalStatus.Treaty, Severity.Error)]
    [InlineData(LegalStatus.Soft, Severity.Warning)]
    [InlineData(LegalStatus.Recommendation, Severity.Info)]
    [InlineData(LegalStatus.Gap, Severity.Info)]
    public void Default_severity_comes_from_the_status(LegalStatus status, Severity severity) =>
        status.DefaultSeverity().ShouldBe(severity);
}
