namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// The order in which an outcome is decided when a record lacks what a safeguard needs (language.md,
/// "Outcomes"): a record that already shows the rule cannot apply — its trigger is not recorded, or
/// happened while the law was not in force — is not applicable, even if a fact the condition needs or a
/// required event is missing. Otherwise the missing data decides: insufficient data.
/// </summary>
public static class OutcomeOrder
{
    /// <param name="worstOfRequirements">The worst outcome of the requirements, judged on what the record holds.</param>
    /// <param name="requiredTriggerMissing">A trigger of one of the requirements is a <c>required</c> event that
    /// is not recorded: its absence says the record is incomplete, so it proves nothing.</param>
    public static bool RecordShowsNotApplicable(Outcome worstOfRequirements, bool requiredTriggerMissing) =>
        worstOfRequirements == Outcome.NotApplicable && !requiredTriggerMissing;
}
