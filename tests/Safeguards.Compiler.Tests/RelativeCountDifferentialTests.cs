using Safeguards.Evaluation.Tests;
using Safeguards.Runtime;
using static Safeguards.Compiler.Tests.RelativeGrid;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Compiler.Tests;

/// <summary>
/// A count after a trigger ("at most 0 returned after application") on random records whose return is related to
/// the application ("2 to 5 hours before", "the same day as", "the day after"), judged by both engines and by brute
/// force over the grid (at quarter-hours): the return counts when it is at or after the application, so the count is violated when it
/// counts in every pair of times the record allows, satisfied in none, indeterminate otherwise (insufficient data
/// when neither time is stated and the order is left open).
/// </summary>
public class RelativeCountDifferentialTests
{
    private const string Safeguard = """
        safeguard NO-RETURN "No return for checks after the application"
          cites LAW article 1
          applies to det
          requires at most 0 returned after application

        """;

    private static readonly Lazy<(IRulePack Compiled, IRulePack Interpreted)> Engines = new(() =>
    {
        var (compiled, interpreted, _) = Build.Both(Build.Model(TestPack.Header + TestPack.Cases + Safeguard));
        return (compiled, interpreted);
    });

    [Fact]
    public void Engines_agree_with_brute_force_on_the_order_of_related_events()
    {
        var random = new Random(18);
        var (compiled, interpreted) = Engines.Value;
        var byOutcome = new Dictionary<Outcome, int>();
        for (var trial = 0; trial < 500; trial++)
        {
            var (json, oracle) = RandomRecord(random);
            if (oracle is null)
            {
                new CaseReader(compiled.Schema).ReadOne(json, "g.json", out _).ShouldBeNull($"trial {trial}: no pair of times holds, the reader should refuse {json}");
                continue;
            }

            const string asOf = "2030-01-01T00:00:00+06:00";
            var fast = Outcome(compiled, json, asOf, "NO-RETURN");
            var rich = Finding(compiled, json, asOf, "NO-RETURN").Outcome;
            var interpretedOutcome = Outcome(interpreted, json, asOf, "NO-RETURN");
            (fast, rich, interpretedOutcome).ShouldBe((oracle.Value, oracle.Value, oracle.Value), $"trial {trial}: {json}");
            byOutcome[oracle.Value] = byOutcome.GetValueOrDefault(oracle.Value) + 1;
        }

        foreach (var outcome in new[] { Runtime.Outcome.Satisfied, Runtime.Outcome.Violated, Runtime.Outcome.Indeterminate })
            byOutcome.GetValueOrDefault(outcome).ShouldBeGreaterThan(15, $"too few {outcome} cases for the comparison to mean something");
    }

    private static (string Json, Outcome? Oracle) RandomRecord(Random random)
    {
        var (aJson, aLo, aHi) = Absolute(random, allowUnknown: true);
        var (rJson, rLo, rHi) = Absolute(random, allowUnknown: true);
        long min = random.Next(0, 8), max = min + random.Next(0, 6);
        var by = $"{{\"atLeast\": \"{Minutes(min)}\", \"atMost\": \"{Minutes(max)}\"}}";
        var kind = random.Next(4);
        var relation = kind switch
        {
            0 => $"\"after\": \"a1\", \"by\": {by}",
            1 => $"\"before\": \"a1\", \"by\": {by}",
            2 => "\"sameDayAs\": \"a1\"",
            _ => "\"dayAfter\": \"a1\"",
        };
        // Searched at quarter-hours (q): a day relation lets a time lie anywhere up to the end of its day, and a return at
        // 23:30 may precede an application at 23:45 the same day; between two half-hour values there is a quarter-hour.
        const int Q = 2, QuartersPerDay = PointsPerDay * Q;
        Func<int, int, bool> holds = kind switch
        {
            0 => (a, r) => r - a >= min * Q && r - a <= max * Q,
            1 => (a, r) => a - r >= min * Q && a - r <= max * Q,
            2 => (a, r) => r / QuartersPerDay == a / QuartersPerDay,
            _ => (a, r) => r / QuartersPerDay == (a / QuartersPerDay) + 1,
        };
        var json = $$"""{"id": "g", "schema": "det", "events": [{"id": "a0", "type": "apprehended", "time": "2011-12-13T08:00:00+06:00"}, {"id": "a1", "type": "application", "time": {{aJson ?? "\"unknown\""}}}, {"id": "r1", "type": "returned", "time": {{Time(rJson, relation)}}}]}""";

        int counts = 0, doesNot = 0;
        for (var a = aLo * Q; a <= aHi * Q; a++)
        {
            for (var r = rLo * Q; r <= rHi * Q; r++)
            {
                if (!holds(a, r)) continue;
                if (r >= a) counts++; else doesNot++;
            }
        }

        if (counts + doesNot == 0) return (json, null);
        var outcome = doesNot == 0 ? Runtime.Outcome.Violated : counts == 0 ? Runtime.Outcome.Satisfied : Runtime.Outcome.Indeterminate;
        // Neither time stated: the application's time stays unknown, and what the relation leaves open is for want of it
        // (with the return's time stated, the relation places the application, to the day or between two instants).
        return (json, outcome == Runtime.Outcome.Indeterminate && aJson is null && rJson is null ? Runtime.Outcome.InsufficientData : outcome);
    }
}
