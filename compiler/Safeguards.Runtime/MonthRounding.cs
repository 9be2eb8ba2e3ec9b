namespace Safeguards.Runtime;

/// <summary>
/// What "N months after 31 January" means when the target month is shorter (the pack's
/// <c>round months up|down</c> clause).
/// </summary>
public enum MonthRounding
{
    /// <summary>No rule given: such a date is an error (the binder rejects months without a rule).</summary>
    None,

    /// <summary>Move to the first day of the following month (31 January + 1 month = 1 March).</summary>
    Up,

    /// <summary>Stay on the last day of the month (31 January + 1 month = 28 or 29 February).</summary>
    Down,
}
