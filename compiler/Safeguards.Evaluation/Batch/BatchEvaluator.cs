using Safeguards.Evaluation.Settings;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Batch;

/// <summary>Streams cases from files through a rule pack: one item per input record, in input order,
/// holding one case at a time in memory.</summary>
public sealed class BatchEvaluator(IRulePack pack, DeploymentSettings settings, long asOfUtcTicks)
{
    private readonly CaseReader reader = new(pack.Schema);
    private readonly Dictionary<string, Severity?> severities = pack.Safeguards.ToDictionary(s => s.Id, settings.EffectiveSeverity, StringComparer.Ordinal);

    /// <summary>Findings with their evidence (<see cref="IRulePack.Explain"/>) for every case.</summary>
    public IEnumerable<BatchItem> Run(IEnumerable<string> paths) =>
        Read(paths, record => new EvaluatedCase(record, Evaluate(record)));

    /// <summary>
    /// Only the outcome of each safeguard (<see cref="IRulePack.Evaluate"/>, the fast path): no findings,
    /// evidence or messages, for batches too large to explain case by case. Safeguards of another case
    /// schema and safeguards switched off in the settings are not included, as in <see cref="Run"/>.
    /// </summary>
    public IEnumerable<BatchItem> RunOutcomes(IEnumerable<string> paths)
    {
        var included = IncludedBySchema();
        return Read(paths, record =>
        {
            var outcomes = new Outcome[pack.Safeguards.Count];
            pack.Evaluate(record, asOfUtcTicks, outcomes);
            return new OutcomesCase(record, outcomes, included[record.CaseSchemaIndex]);
        });
    }

    private IEnumerable<BatchItem> Read(IEnumerable<string> paths, Func<CaseRecord, BatchItem> evaluate)
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
                yield return result.Record is { } record ? evaluate(record) : new UnreadableCase(result.Errors);
            }
        }
    }

    /// <summary>Per case schema, which safeguards count: those of that schema that are not switched off.</summary>
    private bool[][] IncludedBySchema()
    {
        var schemas = pack.Schema.Cases;
        var included = new bool[schemas.Count][];
        for (var c = 0; c < schemas.Count; c++)
        {
            included[c] = new bool[pack.Safeguards.Count];
            for (var s = 0; s < pack.Safeguards.Count; s++)
            {
                var safeguard = pack.Safeguards[s];
                included[c][s] = safeguard.CaseSchema == schemas[c].Name && severities.TryGetValue(safeguard.Id, out var severity) && severity is not null;
            }
        }
        return included;
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
