namespace Safeguards.Language.Semantics;

/// <summary>A <c>when</c> condition, resolved against the case schema.</summary>
public abstract record BoundCondition;

public sealed record BoundAnd(BoundCondition Left, BoundCondition Right) : BoundCondition;

public sealed record BoundOr(BoundCondition Left, BoundCondition Right) : BoundCondition;

public sealed record BoundNot(BoundCondition Operand) : BoundCondition;

/// <summary>A boolean fact is (or, when <see cref="Expected"/> is false, is not) true.</summary>
public sealed record BoundFactIsTrue(FactSymbol Fact, bool Expected) : BoundCondition;

/// <summary>An enumeration fact has (or has not) a value.</summary>
public sealed record BoundFactIsValue(FactSymbol Fact, int ValueIndex, bool Negated) : BoundCondition;

public enum Comparison
{
    AtLeast,
    AtMost,
    MoreThan,
    LessThan,
}

/// <summary>A number fact (or a duration fact, scaled to a common unit) compared with a number:
/// <c>fact × FactScale  (op)  Value</c>.</summary>
public sealed record BoundFactCompare(FactSymbol Fact, Comparison Comparison, long FactScale, long Value) : BoundCondition;

/// <summary>An event of this type is recorded (as of the reference time).</summary>
public sealed record BoundOccurred(EventSymbol Event) : BoundCondition;
