using Safeguards.Evaluation.Settings;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Batch;

/// <summary>Streams cases from files through a rule pack: one item per input record, in input order,
/// holding one case at a time in memory.</summary>
public sealed class BatchEvaluator(IRulePack pack, DeploymentSettings settings, long asOfUtcTicks)
{
    private readonly CaseReader reader = new(pack.Schema);
    private readonly Dictionary<string, Severity?> severities = pack.Safeguards.ToDictionary(s => s.Id, settings.EffectiveSeverity, StringComparer.Ordinal);

    public IEnumerable<BatchItem> Run(IEnumerable<string> paths)
    {
        foreach (var (file, error, path) in CaseInputs.Expand(paths))
        {
            if (file is null)
            {
                yield return new UnreadableCase([new CaseDataError(path, 0, "$", error!, null)]);
                continue;
            }
            foreach (var result in reader.ReadFile(file))
            {
                if (result.Record is { } record)
                {
                    yield return new EvaluatedCase(record, Evaluate(record));
                }
                else
                {
                    yield return new UnreadableCase(result.Errors);
                }
            }
        }
    }

    public IReadOnlyList<Finding> Evaluate(CaseRecord record)
    {
        var findings = new List<Finding>();
        foreach (var finding in pack.Explain(record, asOfUtcTicks))
        {
            if (!severities.TryGetValue(finding.SafeguardId, out var severity) || severity is null) continue;
            findings.Add(severity == finding.Severity ? finding : finding with { Severity = severity.Value });
        }
        return findings;
    }
}
