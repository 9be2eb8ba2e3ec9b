using Safeguards.Runtime.CompilerServices;
using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>Outcomes worst first, as the summary and the filters list them, with the words people read.</summary>
public static class OutcomeOrder
{
    public static IReadOnlyList<Outcome> WorstFirst { get; } =
        Enum.GetValues<Outcome>().OrderByDescending(OutcomeNames.Rank).ToArray();

    /// <summary>The outcomes counted per case in the case index (not applicable is left out).</summary>
    public static IReadOnlyList<Outcome> Applicable { get; } = WorstFirst.Where(o => o != Outcome.NotApplicable).ToArray();

    public static string Words(Outcome outcome) => OutcomeNames.ToJson(outcome).Replace('-', ' ');
}
