using Safeguards.Runtime;

namespace Safeguards.Evaluation.Batch;

/// <summary>What one input record became: a case with its findings, or an error that names the record.
/// Every record yields exactly one item, so nothing in a batch is dropped silently.</summary>
public abstract record BatchItem;

public sealed record EvaluatedCase(CaseRecord Record, IReadOnlyList<Finding> Findings) : BatchItem;

/// <summary>A record evaluated on the fast path: <paramref name="Outcomes"/> has one outcome per safeguard
/// of the pack, in pack order; only those marked in <paramref name="Included"/> (the record's case schema,
/// not switched off) belong to the case.</summary>
public sealed record OutcomesCase(CaseRecord Record, Outcome[] Outcomes, bool[] Included) : BatchItem;

/// <summary>A record that could not be read, with every problem found in it (the first names the record).</summary>
public sealed record UnreadableCase(IReadOnlyList<CaseDataError> Errors) : BatchItem
{
    public CaseDataError Error => Errors[0];
}

/// <summary>Counts for the summary line.</summary>
public sealed class BatchTotals
{
    private readonly int[] byOutcome = new int[6];

    public int Cases { get; private set; }
    public int Errors { get; private set; }
    public int Findings { get; private set; }
    public int Violations => byOutcome[(int)Outcome.Violated];

    public int Count(Outcome outcome) => byOutcome[(int)outcome];

    public void Add(BatchItem item)
    {
        switch (item)
        {
            case EvaluatedCase evaluated:
                Cases++;
                foreach (var finding in evaluated.Findings)
                {
                    Findings++;
                    byOutcome[(int)finding.Outcome]++;
                }
                break;
            case OutcomesCase fast:
                Cases++;
                for (var i = 0; i < fast.Outcomes.Length; i++)
                {
                    if (!fast.Included[i]) continue;
                    Findings++;
                    byOutcome[(int)fast.Outcomes[i]]++;
                }
                break;
            case UnreadableCase:
                Errors++;
                break;
        }
    }
}
