using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>What the summary at the top of the page needs, counted as the cases stream through:
/// findings by outcome and severity, violations by safeguard, and the records with data errors
/// (kept in full up to <see cref="MaxErrorsListed"/>, counted beyond).</summary>
public sealed class ReportSummary
{
    public const int MaxErrorsListed = 500;

    private readonly int[,] byOutcomeAndSeverity = new int[Enum.GetValues<Outcome>().Length, Enum.GetValues<Severity>().Length];
    private readonly Dictionary<string, SafeguardCounts> bySafeguard = new(StringComparer.Ordinal);
    private readonly List<UnreadableCase> errors = [];

    public BatchTotals Totals { get; } = new();

    public int DetailedCases { get; set; }

    public int IndexedCases { get; set; }

    public IReadOnlyList<UnreadableCase> Errors => errors;

    public int Count(Outcome outcome, Severity severity) => byOutcomeAndSeverity[(int)outcome, (int)severity];

    public IEnumerable<(string Safeguard, SafeguardCounts Counts)> MostViolated(int top) =>
        bySafeguard.Where(p => p.Value.Violated > 0)
            .OrderByDescending(p => p.Value.Violated).ThenByDescending(p => p.Value.Indeterminate).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(top).Select(p => (p.Key, p.Value));

    public void Add(BatchItem item)
    {
        Totals.Add(item);
        switch (item)
        {
            case EvaluatedCase evaluated:
                foreach (var finding in evaluated.Findings)
                {
                    byOutcomeAndSeverity[(int)finding.Outcome, (int)finding.Severity]++;
                    if (!bySafeguard.TryGetValue(finding.SafeguardId, out var counts)) bySafeguard[finding.SafeguardId] = counts = new SafeguardCounts();
                    counts.Add(finding.Outcome);
                }
                break;
            case UnreadableCase unreadable when errors.Count < MaxErrorsListed:
                errors.Add(unreadable);
                break;
        }
    }
}

/// <summary>One safeguard's findings across the batch.</summary>
public sealed class SafeguardCounts
{
    public int Violated { get; private set; }
    public int Indeterminate { get; private set; }
    public int Applicable { get; private set; }

    public void Add(Outcome outcome)
    {
        if (outcome != Outcome.NotApplicable) Applicable++;
        if (outcome == Outcome.Violated) Violated++;
        if (outcome == Outcome.Indeterminate) Indeterminate++;
    }
}
