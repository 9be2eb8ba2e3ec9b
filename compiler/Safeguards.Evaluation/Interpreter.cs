using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Evaluation;

/// <summary>Evaluates safeguards by handing their plans to the runtime judges: instant answers for the language
/// server, and the oracle the compiled packs' fast path is tested against.</summary>
public sealed class Interpreter(PackPlan plan) : IRulePack
{
    public PackSchema Schema => plan.Schema;

    public IReadOnlyList<SafeguardInfo> Safeguards { get; } = [.. plan.Safeguards.Select(s => s.Info)];

    public void Evaluate(CaseRecord record, long asOfUtcTicks, Span<Outcome> outcomes)
    {
        var safeguards = plan.Safeguards;
        for (var i = 0; i < safeguards.Length; i++)
        {
            var trace = EvaluationTrace.Empty;
            outcomes[i] = SafeguardJudge.Judge(safeguards[i], record, asOfUtcTicks, ref trace);
        }
    }

    public IReadOnlyList<Finding> Explain(CaseRecord record, long asOfUtcTicks)
    {
        var findings = new List<Finding>();
        foreach (var safeguard in plan.Safeguards)
        {
            if (safeguard.CaseIndex != record.CaseSchemaIndex) continue;
            var trace = EvaluationTrace.Empty;
            var outcome = SafeguardJudge.Judge(safeguard, record, asOfUtcTicks, ref trace);
            findings.Add(FindingBuilder.Build(safeguard.Info, plan.Schema, safeguard.Calendar, record.InZone(safeguard.ZoneIndex), outcome, trace, asOfUtcTicks));
        }
        return findings;
    }
}
