namespace Safeguards.Runtime.CompilerServices;

/// <summary>"extended by 24 hours on prosecutor_authorisation when max_sentence_years is at least 1": each occurrence of
/// the authorising event that was granted before the limit it extends ran out, and whose condition holds, adds
/// <see cref="By"/> to the limit (CPP art. 63 II, 706-88). Applied by <see cref="ExtensionJudge"/>.</summary>
public sealed class ExtensionPlan(LegalDuration by, EventSelector authorisation, ConditionPlan? condition)
{
    public LegalDuration By { get; } = by;

    public EventSelector Authorisation { get; } = authorisation;

    public ConditionPlan? Condition { get; } = condition;
}
