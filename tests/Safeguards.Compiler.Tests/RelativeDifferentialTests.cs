using Safeguards.Evaluation.Tests;
using Safeguards.Runtime;
using static Safeguards.Evaluation.Tests.Packs;
using static Safeguards.Compiler.Tests.RelativeGrid;

namespace Safeguards.Compiler.Tests;

/// <summary>
/// Random records with relative times, judged by both engines (fast path, rich path, interpreter) and by brute force:
/// every pair of grid points for the apprehension and the registration that the record allows is tried, and the
/// 3-hour requirement (REG) is satisfied when every pair is in time, violated when none is, indeterminate otherwise.
/// Times and durations are whole half-hours in a window of six days, so the grid holds every extreme the constraints
/// allow. A registration not known to have happened is judged in both worlds (without it, it is overdue, or the
/// apprehension's time is unknown when the registration alone placed it).
/// </summary>
public class RelativeDifferentialTests
{
    private static readonly Lazy<(IRulePack Compiled, IRulePack Interpreted)> Engines = new(() =>
    {
        var model = Build.Model(TestPack.Header + TestPack.Cases + TestPack.Safeguards);
        var (compiled, interpreted, _) = Build.Both(model);
        return (compiled, interpreted);
    });

    [Fact]
    public void Engines_agree_with_brute_force_on_random_relative_records()
    {
        var random = new Random(16);
        var (compiled, interpreted) = Engines.Value;
        var checkedCases = 0;
        var byOutcome = new Dictionary<Outcome, int>();
        for (var trial = 0; trial < 600; trial++)
        {
            var (json, oracle) = RandomRecord(random);
            if (oracle is null)
            {
                new CaseReader(compiled.Schema).ReadOne(json, "g.json", out _).ShouldBeNull($"trial {trial}: no pair of times holds, the reader should refuse {json}");
                continue;
            }

            var fast = Outcome(compiled, json, "2030-01-01T00:00:00+06:00", "REG");
            var rich = Finding(compiled, json, "2030-01-01T00:00:00+06:00", "REG").Outcome;
            var interpretedOutcome = Outcome(interpreted, json, "2030-01-01T00:00:00+06:00", "REG");
            (fast, rich, interpretedOutcome).ShouldBe((oracle.Value, oracle.Value, oracle.Value), $"trial {trial}: {json}");
            byOutcome[oracle.Value] = byOutcome.GetValueOrDefault(oracle.Value) + 1;
            checkedCases++;
        }

        checkedCases.ShouldBeGreaterThan(300);
        foreach (var outcome in new[] { Runtime.Outcome.Satisfied, Runtime.Outcome.Violated, Runtime.Outcome.Indeterminate })
            byOutcome.GetValueOrDefault(outcome).ShouldBeGreaterThan(20, $"too few {outcome} cases for the comparison to mean something");
    }

    /// <summary>A record and the verdict brute force gives (null when no pair of times holds).</summary>
    private static (string Json, Outcome? Oracle) RandomRecord(Random random)
    {
        var (aJson, aLo, aHi) = Absolute(random, allowUnknown: true);
        var (rJson, rLo, rHi) = Absolute(random, allowUnknown: true);
        // The relation: the registration after the apprehension by a duration or bounds, or the apprehension before it.
        long min = random.Next(0, 10), max = min + random.Next(0, 6);
        var exact = random.Next(3) == 0;
        if (exact) max = min;
        var by = exact ? Duration(min) : $"{{\"atLeast\": \"{Minutes(min)}\", \"atMost\": \"{Minutes(max)}\"}}";
        var onRegistration = random.Next(3) > 0;
        var notKnown = random.Next(5) == 0;
        var registered = onRegistration
            ? Time(rJson, $"\"after\": \"a1\", \"by\": {by}")
            : rJson ?? "\"unknown\"";
        var apprehended = onRegistration ? aJson ?? "\"unknown\"" : Time(aJson, $"\"before\": \"r1\", \"by\": {by}");
        var json = $$"""{"id": "g", "schema": "det", "facts": {"kind": "criminal"}, "events": [{"id": "a1", "type": "apprehended", "time": {{apprehended}}}, {"id": "r1", "type": "registered", "time": {{registered}}{{(notKnown ? ", \"happened\": \"not known\"" : "")}}}]}""";

        int inTime = 0, late = 0;
        for (var a = aLo; a <= aHi; a++)
        {
            for (var r = rLo; r <= rHi; r++)
            {
                if (r - a < min || r - a > max) continue;
                if (r - a <= 6) inTime++; else late++; // 3 hours = 6 half-hours
            }
        }

        if (inTime + late == 0) return (json, null);
        Outcome happened = late == 0 ? Runtime.Outcome.Satisfied : inTime == 0 ? Runtime.Outcome.Violated : Runtime.Outcome.Indeterminate;
        // Neither time stated: the times stay unknown, and what the difference leaves open is for want of them.
        if (happened == Runtime.Outcome.Indeterminate && aJson is null && rJson is null) happened = Runtime.Outcome.InsufficientData;
        if (!notKnown) return (json, happened);
        // Without the registration it is overdue as of 2030, if the apprehension has a time of its own (its relation to
        // the registration goes with it); certain only when both worlds agree.
        var without = aJson is null ? Runtime.Outcome.InsufficientData : Runtime.Outcome.Violated;
        return (json, happened == without ? happened : Runtime.Outcome.Indeterminate);
    }
}
