namespace Safeguards.Runtime.CompilerServices;

/// <summary>The value of a condition: false, true, or unknown for lack of a fact. The values are the
/// bytes the generated fast path uses (F = 0, T = 1, U = 2).</summary>
public enum Truth : byte
{
    False = 0,
    True = 1,
    Unknown = 2,
}

/// <summary>A condition's three-valued meaning, evaluated left to right: and/or stop at the first operand that
/// decides, and the first missing fact met is the one reported. Each condition kind defines its own test
/// (<c>ConditionPlan.Test</c>, abstract, so a new kind cannot be left out); the connectives are here, and the
/// generated fast path uses the same ones.</summary>
public static class ConditionJudge
{
    public static Truth Test(ConditionPlan condition, CaseRecord record, long asOf, ref int missingFact) =>
        condition.Test(record, asOf, ref missingFact);

    public static Truth And(Truth left, Truth right) =>
        right == Truth.False ? Truth.False : left == Truth.Unknown || right == Truth.Unknown ? Truth.Unknown : Truth.True;

    public static Truth Or(Truth left, Truth right) =>
        right == Truth.True ? Truth.True : left == Truth.Unknown || right == Truth.Unknown ? Truth.Unknown : Truth.False;

    public static Truth Not(Truth operand) => operand switch
    {
        Truth.True => Truth.False,
        Truth.False => Truth.True,
        Truth.Unknown => Truth.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(operand)),
    };

    public static Truth Of(bool value) => value ? Truth.True : Truth.False;
}
