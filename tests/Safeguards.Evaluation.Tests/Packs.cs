using System.Globalization;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;
using Safeguards.Lowering;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Evaluation.Tests;

/// <summary>Inline packs and cases: rule text and case JSON written in the test, evaluated by the interpreter.</summary>
public static class Packs
{
    public static PackPlan Model(string sg, string path = "test.sg")
    {
        var compilation = Compilation.FromText(path, sg);
        var errors = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Location.Start.Line + 1}: {d.Message}").ToList();
        errors.ShouldBeEmpty();
        PackLowering.TryLower(compilation, out var model, out var error).ShouldBeTrue(error);
        return model!.Plan;
    }

    public static Interpreter Interpret(string sg) => new(Model(sg));

    public static CaseRecord Case(IRulePack pack, string json)
    {
        var record = new CaseReader(pack.Schema).ReadOne(json, "case.json", out var errors);
        errors.Select(e => e.ToString()).ShouldBeEmpty();
        return record!;
    }

    public static long At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).UtcTicks;

    public static TimeRange Exact(string iso) => TimeRange.Exact(At(iso));

    /// <summary>The deadline of a period counted in days: the last instant before the midnight <paramref name="nextDayStart"/>.</summary>
    public static TimeRange EndOfDayBefore(string nextDayStart) => TimeRange.Exact(At(nextDayStart) - 1);

    public static Finding Finding(IRulePack pack, string json, string asOf, string safeguard)
    {
        var findings = pack.Explain(Case(pack, json), At(asOf));
        return findings.Single(f => f.SafeguardId == safeguard);
    }

    public static Outcome Outcome(IRulePack pack, string json, string asOf, string safeguard)
    {
        var record = Case(pack, json);
        var outcomes = new Outcome[pack.Safeguards.Count];
        pack.Evaluate(record, At(asOf), outcomes);
        var index = pack.Safeguards.Select(s => s.Id).ToList().IndexOf(safeguard);
        index.ShouldBeGreaterThanOrEqualTo(0, $"no safeguard {safeguard}");
        var fast = outcomes[index];
        // The fast path and the rich path must agree on every safeguard of the case's schema.
        var rich = pack.Explain(record, At(asOf)).SingleOrDefault(f => f.SafeguardId == safeguard);
        if (rich is not null) rich.Outcome.ShouldBe(fast, $"Explain and Evaluate disagree on {safeguard}");
        return fast;
    }

    /// <summary>A case of schema <paramref name="schema"/> with the given facts and events (JSON fragments).</summary>
    public static string Json(string facts, params string[] events) =>
        $$"""{ "id": "t1", "schema": "det", "facts": { {{facts}} }, "events": [ {{string.Join(", ", events)}} ] }""";

    public static string Ev(string type, string time, string? id = null, string? refers = null, string? attributes = null)
    {
        var timeJson = time.StartsWith('{') ? time : $"\"{time}\"";
        var parts = new List<string> { $"\"type\": \"{type}\"", $"\"time\": {timeJson}" };
        if (id is not null) parts.Add($"\"id\": \"{id}\"");
        if (refers is not null) parts.Add($"\"refers\": \"{refers}\"");
        if (attributes is not null) parts.Add($"\"attributes\": {{ {attributes} }}");
        return "{ " + string.Join(", ", parts) + " }";
    }
}
