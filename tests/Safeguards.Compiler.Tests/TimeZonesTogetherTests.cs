using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Compiler.Tests;

/// <summary>
/// Issue #12: packs of different time zones are evaluated together, each safeguard counting days in its own pack's
/// zone and reading a record's dates in that zone, in both engines.
/// </summary>
public class TimeZonesTogetherTests
{
    private const string Cases = """
        pack shared.cases "Cases shared by both packs"
          jurisdiction UN
          time zone "Asia/Almaty"

        case complaint "A complaint and the reply"
          event complaint "a complaint is lodged"
          event reply "the reply"
        """;

    private static string Pack(string name, string zone, string id, string jurisdiction) => $$"""
        pack {{name}} "Replies within 3 days"
          jurisdiction {{jurisdiction}}
          time zone "{{zone}}"
        import shared.cases

        source LAW "A law"
        article LAW 1 "Replies"

        safeguard {{id}} "Reply within 3 days"
          cites LAW article 1
          applies to complaint
          requires reply within 3 days after complaint
        """;

    private static readonly Lazy<(IRulePack Compiled, IRulePack Interpreted)> Engines = new(() =>
    {
        var compilation = Compilation.Create([
            SyntaxTree.Parse("a-cases.sg", Cases),
            SyntaxTree.Parse("b-kz.sg", Pack("kz.replies", "Asia/Almaty", "KZ-REPLY", "KZ")),
            SyntaxTree.Parse("c-fr.sg", Pack("fr.replies", "Europe/Paris", "FR-REPLY", "FR")),
        ]);
        var model = Build.Model(compilation);
        var (compiled, interpreted, _) = Build.Both(model);
        return (compiled, interpreted);
    });

    private static string Case(string complaint, string reply) =>
        $$"""{ "id": "c1", "schema": "complaint", "events": [ { "type": "complaint", "time": "{{complaint}}" }, { "type": "reply", "time": "{{reply}}" } ] }""";

    private static (Outcome Kz, Outcome Fr) Judged(string json)
    {
        var (compiled, interpreted) = Engines.Value;
        var asOf = "2030-01-01T00:00:00Z";
        var kz = Outcome(compiled, json, asOf, "KZ-REPLY");
        var fr = Outcome(compiled, json, asOf, "FR-REPLY");
        (Outcome(interpreted, json, asOf, "KZ-REPLY"), Outcome(interpreted, json, asOf, "FR-REPLY")).ShouldBe((kz, fr), "the engines disagree");
        return (kz, fr);
    }

    [Fact]
    public void Each_safeguard_counts_days_in_its_own_packs_zone()
    {
        // 02:00 on 12 January in Almaty is 21:00 on 11 January in Paris.
        Judged(Case("2016-01-08T10:00:00+06:00", "2016-01-12T02:00:00+06:00")).ShouldBe((Runtime.Outcome.Violated, Runtime.Outcome.Satisfied));
    }

    [Fact]
    public void A_date_in_the_record_is_read_in_the_zone_of_the_safeguard_that_judges_it()
    {
        // The complaint at 02:00 on 9 January in Almaty is 21:00 on 8 January in Paris, so the Paris period ends with
        // 11 January; the reply on "12 January" is, in Paris, wholly after it. Read in Almaty's zone the same date
        // would overlap the Paris deadline and give "indeterminate".
        Judged(Case("2016-01-09T02:00:00+06:00", "2016-01-12")).ShouldBe((Runtime.Outcome.Satisfied, Runtime.Outcome.Violated));
    }

    [Fact]
    public void The_finding_reads_the_day_in_the_packs_zone()
    {
        var finding = Finding(Engines.Value.Compiled, Case("2016-01-09T02:00:00+06:00", "2016-01-12"), "2030-01-01T00:00:00Z", "FR-REPLY");
        finding.Evidence.Reason.ShouldContain("the end of 11 January 2016");
        finding.Evidence.Reason.ShouldContain("on 12 January 2016 (time not recorded)");
        Engines.Value.Compiled.Safeguards.Single(s => s.Id == "FR-REPLY").TimeZoneId.ShouldBe("Europe/Paris");
    }
}
