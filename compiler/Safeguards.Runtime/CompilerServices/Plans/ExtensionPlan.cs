namespace Safeguards.Runtime.CompilerServices;

/// <summary>"extended by 24 hours on prosecutor_authorisation when max_sentence_years is at least 1": each occurrence of
/// the authorising event that was granted before the limit it extends ran out, and whose condition holds, adds
/// <see cref="By"/> to the limit (CPP art. 63 II, 706-88). With <see cref="FromAuthorisation"/> ("extended to 72 hours after
/// detention_extended", UPK art. 108(7)(3)) the limit becomes <see cref="By"/> counted from the authorisation instead, once.
/// Applied by <see cref="ExtensionJudge"/>.</summary>
public sealed class ExtensionPlan(LegalDuration by, EventSelector authorisation, ConditionPlan? condition, bool fromAuthorisation = false)
{
    public bool FromAuthorisation { get; } = fromAuthorisation;

    public LegalDuration By { get; } = by;

    public EventSelector Authorisation { get; } = authorisation;

    public ConditionPlan? Condition { get; } = condition;
}
