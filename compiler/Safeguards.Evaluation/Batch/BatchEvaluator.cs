using Safeguards.Evaluation.Settings;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Batch;

/// <summary>Streams cases from files through a rule pack: one item per input record, in input order,
/// holding one case at a time in memory.</summary>
public sealed class BatchEvaluator(IRulePack pack, DeploymentSettings settings, long asOfUtcTicks)
{
    private readonly CaseReader reader = new(pack.Schema);
    private readonly Dictionary<string, Severity?> severities = pack.Safeguards.ToDictionary(s => s.Id, settings.EffectiveSeverity, StringComparer.Ordinal);
    private readonly bool[][] included = IncludedBySchema(pack, settings);

    /// <summary>Findings with their evidence (<see cref="IRulePack.Explain"/>) for every case.</summary>
    public IEnumerable<BatchItem> Run(IEnumerable<string> paths) => Read(paths, outcomesOnly: false);

    /// <summary>
    /// Only the outcome of each safeguard (<see cref="IRulePack.Evaluate"/>, the fast path): no findings,
    /// evidence or messages, for batches too large to explain case by case. Safeguards of another case
    /// schema and safeguards switched off in the settings are not included, as in <see cref="Run"/>.
    /// </summary>
    public IEnumerable<BatchItem> RunOutcomes(IEnumerable<string> paths) => Read(paths, outcomesOnly: true);

    /// <summary>The reader of case records for this pack (its schema); safe to use from several threads.</summary>
    public CaseReader Reader => reader;

    /// <summary>What one read record becomes: a case evaluated (findings, or only outcomes) or an unreadable record.
    /// Safe to call from several threads at once (packs and the interpreter keep no state between cases).</summary>
    public BatchItem Item(CaseReadResult result, bool outcomesOnly)
    {
        if (result.Record is not { } record) return new UnreadableCase(result.Errors);
        if (!outcomesOnly) return new EvaluatedCase(record, Evaluate(record));
        var outcomes = new Outcome[pack.Safeguards.Count];
        pack.Evaluate(record, asOfUtcTicks, outcomes);
        return new OutcomesCase(record, outcomes, included[record.CaseSchemaIndex]);
    }

    /// <summary>The item for a path that is not a readable file or folder of cases.</summary>
    public static UnreadableCase MissingInput(string path, string error) => new([new CaseDataError(CaseDataCodes.FileUnreadable, path, 0, "$", error, null)]);

    private IEnumerable<BatchItem> Read(IEnumerable<string> paths, bool outcomesOnly)
    {
        foreach (var (file, error, path) in CaseInputs.Expand(paths))
        {
            if (file is null)
            {
                yield return MissingInput(path, error!);
                continue;
            }
            foreach (var result in reader.ReadFile(file))
            {
                yield return Item(result, outcomesOnly);
            }
        }
    }

    /// <summary>Per case schema, which safeguards count: those of that schema that are not switched off.</summary>
    private static bool[][] IncludedBySchema(IRulePack pack, DeploymentSettings settings)
    {
        var schemas = pack.Schema.Cases;
        var included = new bool[schemas.Count][];
        for (var c = 0; c < schemas.Count; c++)
        {
            included[c] = new bool[pack.Safeguards.Count];
            for (var s = 0; s < pack.Safeguards.Count; s++)
            {
                var safeguard = pack.Safeguards[s];
                included[c][s] = safeguard.CaseSchema == schemas[c].Name && settings.EffectiveSeverity(safeguard) is not null;
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
