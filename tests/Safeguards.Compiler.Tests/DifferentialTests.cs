using Safeguards.Runtime.CompilerServices;
using System.Diagnostics;
using System.Text;
using Safeguards.Runtime;
using Xunit.Abstractions;

namespace Safeguards.Compiler.Tests;

/// <summary>The compiled pack and the interpreter give the same outcomes (fast path) and the same findings (rich
/// path) on every pack in rules/ and many generated cases.</summary>
public class DifferentialTests(ITestOutputHelper output)
{
    public const int CaseCount = 200_000;
    private const int Chunk = 2_000;
    private const int Seed = 20_150_101;

    [Fact]
    public void Compiled_and_interpreted_agree_on_200000_generated_cases()
    {
        var (model, compiled, interpreted, _) = Build.Rules;
        Compare(model.Plan, compiled, interpreted, CaseCount);
    }

    public const int FeatureCaseCount = 30_000;

    /// <summary>rules/ uses no and/or/not conditions, counts over imprecise times or months rounding up; the outcome
    /// tests' inline pack has all of them.</summary>
    [Fact]
    public void Compiled_and_interpreted_agree_on_30000_generated_cases_of_the_feature_pack()
    {
        var model = Build.Model(Evaluation.Tests.TestPack.Header + Evaluation.Tests.TestPack.Cases + Evaluation.Tests.TestPack.Safeguards);
        var (compiled, interpreted, _) = Build.Both(model);
        Compare(model.Plan, compiled, interpreted, FeatureCaseCount);
    }

    /// <summary>Clocks, extensions, waiting times and recurring deadlines (issue #15) in both engines.</summary>
    [Fact]
    public void Compiled_and_interpreted_agree_on_generated_cases_of_the_legal_time_pack()
    {
        var model = Build.Model(LegalTimePack.Text);
        var (compiled, interpreted, _) = Build.Both(model);
        Compare(model.Plan, compiled, interpreted, FeatureCaseCount / 3);
    }

    /// <summary>Periods counted in working days and moved off non-working days (issue #15, construct 6) in both engines.</summary>
    [Fact]
    public void Compiled_and_interpreted_agree_on_generated_cases_of_the_working_days_pack()
    {
        var model = Build.Model(WorkingDaysPack.Text);
        var (compiled, interpreted, _) = Build.Both(model);
        Compare(model.Plan, compiled, interpreted, FeatureCaseCount / 3);
    }

    private void Compare(PackPlan model, IRulePack compiled, IRulePack interpreted, int caseCount)
    {
        compiled.Safeguards.Select(s => s.Id).ShouldBe(interpreted.Safeguards.Select(s => s.Id));
        for (var i = 0; i < compiled.Safeguards.Count; i++)
            SameInfo(compiled.Safeguards[i], interpreted.Safeguards[i]).ShouldBeNull();

        var indexOf = compiled.Safeguards.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var failures = new List<string>();
        long evaluations = 0, findings = 0, cases = 0, timelineOnly = 0;
        var outcomeCounts = new long[6];
        Parallel.For(0, caseCount / Chunk, new ParallelOptions { MaxDegreeOfParallelism = 2 }, chunk =>
        {
            var generator = new CaseGenerator(model, Seed + chunk);
            var reader = new CaseReader(compiled.Schema);
            var a = new Outcome[compiled.Safeguards.Count];
            var b = new Outcome[compiled.Safeguards.Count];
            long localEvaluations = 0, localFindings = 0, localCases = 0, localTimelineOnly = 0;
            var localCounts = new long[6];
            for (var n = 0; n < Chunk; n++)
            {
                var number = chunk * Chunk + n;
                var (json, asOfs) = generator.Next(number);
                var record = reader.ReadOne(json, "generated.json", out var errors);
                if (record is null)
                {
                    lock (failures) failures.Add($"case {number}: generated case unreadable: {string.Join("; ", errors)}\n{json}");
                    continue;
                }
                localCases++;
                foreach (var asOf in asOfs)
                {
                    compiled.Evaluate(record, asOf, a);
                    interpreted.Evaluate(record, asOf, b);
                    localEvaluations++;
                    for (var i = 0; i < a.Length; i++)
                    {
                        localCounts[(int)a[i]]++;
                        if (a[i] != b[i])
                            lock (failures) failures.Add($"case {number} as of {new DateTimeOffset(asOf, TimeSpan.Zero):O}: {compiled.Safeguards[i].Id}: compiled {a[i]}, interpreted {b[i]}\n{json}");
                    }
                    var fa = compiled.Explain(record, asOf);
                    var fb = interpreted.Explain(record, asOf);
                    if (fa.Count != fb.Count)
                    {
                        lock (failures) failures.Add($"case {number}: {fa.Count} compiled findings, {fb.Count} interpreted");
                        continue;
                    }
                    for (var i = 0; i < fa.Count; i++)
                    {
                        localFindings++;
                        if (SameFinding(fa[i], fb[i]) is { } difference)
                            lock (failures) failures.Add($"case {number} as of {new DateTimeOffset(asOf, TimeSpan.Zero):O}: {fa[i].SafeguardId}: {difference}\n{json}");
                        var index = indexOf[fa[i].SafeguardId];
                        if (fa[i].Outcome != a[index])
                            lock (failures) failures.Add($"case {number}: {fa[i].SafeguardId}: Explain says {fa[i].Outcome}, Evaluate {a[index]}");
                    }
                }
                // Asked after evaluating: the question rebuilds the arrays of a case kept as a timeline alone.
                if (CaseTimeline.HoldsEverything(record.Facts, record.EventsByType)) localTimelineOnly++;
                if (failures.Count > 20) break;
            }
            Interlocked.Add(ref evaluations, localEvaluations);
            Interlocked.Add(ref findings, localFindings);
            Interlocked.Add(ref cases, localCases);
            Interlocked.Add(ref timelineOnly, localTimelineOnly);
            for (var i = 0; i < 6; i++) Interlocked.Add(ref outcomeCounts[i], localCounts[i]);
        });
        watch.Stop();

        var summary = new StringBuilder()
            .AppendLine($"{cases} generated cases compared ({evaluations} case/reference-time evaluations, {findings} findings) over {compiled.Safeguards.Count} safeguards in {watch.Elapsed.TotalSeconds:F1} s")
            .AppendLine($"{timelineOnly} of them kept by the reader as a timeline alone")
            .AppendLine("outcomes (fast path, compiled): " + string.Join(", ", Enum.GetValues<Outcome>().Select(o => $"{o} {outcomeCounts[(int)o]}")));
        output.WriteLine(summary.ToString());
        failures.Take(5).ShouldBeEmpty();
        cases.ShouldBe(caseCount);
        // Both layouts of a case must be compared: the timeline alone, and the timeline with the arrays.
        timelineOnly.ShouldBeInRange(caseCount / 10, caseCount - (caseCount / 10));
        // The generator must reach every outcome, or the comparison proves little.
        foreach (var outcome in Enum.GetValues<Outcome>()) outcomeCounts[(int)outcome].ShouldBeGreaterThan(caseCount / 100, outcome.ToString());
    }

    internal static string? SameFinding(Finding a, Finding b)
    {
        if (a.CaseId != b.CaseId) return "case id";
        if (a.SafeguardId != b.SafeguardId) return $"safeguard {a.SafeguardId} vs {b.SafeguardId}";
        if (a.Title != b.Title) return "title";
        if (a.Outcome != b.Outcome) return $"outcome {a.Outcome} vs {b.Outcome}";
        if (a.Severity != b.Severity) return "severity";
        if (!a.Citations.SequenceEqual(b.Citations)) return "citations";
        if (a.Evidence != b.Evidence) return $"evidence {a.Evidence} vs {b.Evidence}";
        if (a.Message != b.Message) return $"message '{a.Message}' vs '{b.Message}'";
        return null;
    }

    internal static string? SameInfo(SafeguardInfo a, SafeguardInfo b)
    {
        // The compiled pack names its rule file relative to the rules' folder (RulePaths); the interpreter as it was typed.
        if (a with { Citations = b.Citations, Requirements = b.Requirements, SourceFile = b.SourceFile } != b) return $"{a.Id}: info differs";
        if (a.SourceFile != b.SourceFile && !(a.SourceFile is { } relative && b.SourceFile is { } typed && !Path.IsPathRooted(relative)
            && Path.GetFullPath(typed).Replace(Path.DirectorySeparatorChar, '/').EndsWith("/" + relative, StringComparison.Ordinal)))
            return $"{a.Id}: source file {a.SourceFile} is not {b.SourceFile} relative to the rules' folder";
        if (!a.Citations.SequenceEqual(b.Citations)) return $"{a.Id}: citations differ";
        if (!a.Requirements.SequenceEqual(b.Requirements)) return $"{a.Id}: requirements differ";
        return null;
    }
}
