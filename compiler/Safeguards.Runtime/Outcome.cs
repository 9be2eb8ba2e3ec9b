namespace Safeguards.Runtime;

/// <summary>The verdict of one safeguard on one case (design.md, "Outcomes").</summary>
/// <remarks>A byte, because findings are produced in bulk and the enum travels in arrays.</remarks>
public enum Outcome : byte
{
    Satisfied,
    Violated,
    Pending,
    NotApplicable,
    InsufficientData,
    Indeterminate,
}
