namespace Safeguards.Runtime;

/// <summary>
/// The JSON spelling of outcomes (fixtures, reports) and the order used to combine several
/// <c>requires</c> clauses into one finding.
/// </summary>
public static class OutcomeNames
{
    public static string ToJson(Outcome outcome) => outcome switch
    {
        Outcome.Satisfied => "satisfied",
        Outcome.Violated => "violated",
        Outcome.Pending => "pending",
        Outcome.NotApplicable => "not-applicable",
        Outcome.InsufficientData => "insufficient-data",
        Outcome.Indeterminate => "indeterminate",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not an outcome"),
    };

    /// <summary>Parses the exact JSON spelling (case-sensitive, as fixtures are).</summary>
    public static bool TryParse(string? text, out Outcome outcome)
    {
        switch (text)
        {
            case "satisfied": outcome = Outcome.Satisfied; return true;
            case "violated": outcome = Outcome.Violated; return true;
            case "pending": outcome = Outcome.Pending; return true;
            case "not-applicable": outcome = Outcome.NotApplicable; return true;
            case "insufficient-data": outcome = Outcome.InsufficientData; return true;
            case "indeterminate": outcome = Outcome.Indeterminate; return true;
            default: outcome = default; return false;
        }
    }

    /// <summary>
    /// The worse of two outcomes: violated &gt; indeterminate &gt; insufficient-data &gt; pending
    /// &gt; satisfied &gt; not-applicable. A safeguard with several requirements reports the worst,
    /// so a single breach is never hidden by another clause that happens to be satisfied.
    /// </summary>
    public static Outcome Worst(Outcome a, Outcome b) => Rank(a) >= Rank(b) ? a : b;

    /// <summary>Position in the "worst" order; higher is worse.</summary>
    public static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.NotApplicable => 0,
        Outcome.Satisfied => 1,
        Outcome.Pending => 2,
        Outcome.InsufficientData => 3,
        Outcome.Indeterminate => 4,
        Outcome.Violated => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not an outcome"),
    };
}
