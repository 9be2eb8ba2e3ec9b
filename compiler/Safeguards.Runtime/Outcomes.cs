namespace Safeguards.Runtime;

/// <summary>Short alias of <see cref="OutcomeNames.Worst"/> for generated code.</summary>
public static class Outcomes
{
    public static Outcome Worst(Outcome a, Outcome b) => OutcomeNames.Worst(a, b);
}
