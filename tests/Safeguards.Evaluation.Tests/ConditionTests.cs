using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Evaluation.Tests;

/// <summary>Conditions: and/or/not/parentheses with three-valued logic, comparisons with duration units.</summary>
public class ConditionTests
{
    private static readonly Interpreter P = TestPack.Pack;
    private const string Later = "2020-01-01T00:00:00+06:00";

    private static Outcome With(string facts, string safeguard, params string[] extra) =>
        Outcome(P, Json(facts, [Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08T15:00:00+06:00"), .. extra]), Later, safeguard);

    private const Outcome Applies = Runtime.Outcome.Satisfied;
    private const Outcome No = Runtime.Outcome.NotApplicable;
    private const Outcome Missing = Runtime.Outcome.InsufficientData;

    [Theory]
    [InlineData("\"kind\": \"criminal\", \"torture\": true", Applies)]
    [InlineData("\"kind\": \"criminal\", \"torture\": false", No)]
    [InlineData("\"kind\": \"administrative\"", No)]                 // false and missing is false
    [InlineData("\"torture\": false", No)]                           // missing and false is false
    [InlineData("\"kind\": \"criminal\"", Missing)]                  // true and missing: it matters
    [InlineData("\"torture\": true", Missing)]
    [InlineData("", Missing)]
    public void And(string facts, Outcome expected) => With(facts, "C-AND").ShouldBe(expected);

    [Theory]
    [InlineData("\"torture\": true", Applies)]                       // true or missing is true
    [InlineData("\"age\": 20", Applies)]                             // missing or true is true
    [InlineData("\"age\": 18, \"torture\": false", Applies)]         // at least includes the bound
    [InlineData("\"age\": 17, \"torture\": false", No)]
    [InlineData("\"age\": 17", Missing)]                             // missing or false: it matters
    [InlineData("\"torture\": false", Missing)]
    public void Or(string facts, Outcome expected) => With(facts, "C-OR").ShouldBe(expected);

    [Theory]
    [InlineData("\"kind\": \"criminal\", \"torture\": false", Applies)]
    [InlineData("\"kind\": \"administrative\"", No)]
    [InlineData("\"kind\": \"criminal\", \"torture\": true", No)]
    [InlineData("\"kind\": \"criminal\"", Missing)]                  // not unknown is unknown
    public void Not_with_parentheses(string facts, Outcome expected) => With(facts, "C-NOT").ShouldBe(expected);

    [Theory]
    [InlineData("\"kind\": \"administrative\", \"torture\": true, \"age\": 17", Applies)]
    [InlineData("\"kind\": \"criminal\", \"age\": 17", Applies)]
    [InlineData("\"kind\": \"criminal\", \"age\": 18", No)]          // less than excludes the bound
    [InlineData("\"kind\": \"administrative\", \"torture\": false", No)]
    [InlineData("\"kind\": \"criminal\"", Missing)]
    public void Parentheses_override_precedence(string facts, Outcome expected) => With(facts, "C-PAREN").ShouldBe(expected);

    [Theory]
    [InlineData(15, Applies)]
    [InlineData(14, No)] // 14 days are 2 weeks, not more
    [InlineData(0, No)]
    public void Duration_facts_compare_in_their_family(int days, Outcome expected) => With($"\"held\": {days}", "C-HELD").ShouldBe(expected);

    [Theory]
    [InlineData(7, Applies)]
    [InlineData(8, No)]
    [InlineData(-1, Applies)]
    public void Duration_facts_at_most(int days, Outcome expected) => With($"\"held\": {days}", "C-HELD-AT-MOST").ShouldBe(expected);

    [Fact]
    public void Occurred_counts_events_as_of_the_reference_time()
    {
        With("", "C-OCC").ShouldBe(No); // no complaint: false and missing is false
        With("", "C-OCC", Ev("complaint", "2009-01-09T10:00:00+06:00")).ShouldBe(Missing);
        With("\"torture\": true", "C-OCC", Ev("complaint", "2009-01-09T10:00:00+06:00")).ShouldBe(Applies);
        // As of before the complaint it has not occurred.
        Outcome(P, Json("\"torture\": true", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-08T15:00:00+06:00"),
            Ev("complaint", "2009-01-09T10:00:00+06:00")), "2009-01-09T09:00:00+06:00", "C-OCC").ShouldBe(No);
    }

    [Fact]
    public void The_missing_fact_named_is_the_one_that_matters()
    {
        var finding = Finding(P, Json("\"torture\": false", Ev("apprehended", "2009-01-08T14:30:00+06:00")), Later, "C-OR");
        finding.Evidence.Missing.ShouldBe("age");
        finding.Evidence.Reason.ShouldContain("'age'");
    }
}
