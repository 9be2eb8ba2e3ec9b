namespace Safeguards.Language.Semantics;

/// <summary>A <c>when</c> condition, resolved against the case schema. The kinds are closed: a new kind adds a method to
/// <see cref="IBoundConditionVisitor{TResult}"/>, and every place that must handle it fails to compile until it does.</summary>
public abstract record BoundCondition
{
    public abstract TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor);
}

/// <summary>One method per kind of bound condition.</summary>
public interface IBoundConditionVisitor<out TResult>
{
    TResult VisitAnd(BoundAnd condition);
    TResult VisitOr(BoundOr condition);
    TResult VisitNot(BoundNot condition);
    TResult VisitFactIsTrue(BoundFactIsTrue condition);
    TResult VisitFactIsValue(BoundFactIsValue condition);
    TResult VisitFactCompare(BoundFactCompare condition);
    TResult VisitOccurred(BoundOccurred condition);
}

public sealed record BoundAnd(BoundCondition Left, BoundCondition Right) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitAnd(this);
}

public sealed record BoundOr(BoundCondition Left, BoundCondition Right) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitOr(this);
}

public sealed record BoundNot(BoundCondition Operand) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitNot(this);
}

/// <summary>A boolean fact is (or, when <see cref="Expected"/> is false, is not) true.</summary>
public sealed record BoundFactIsTrue(FactSymbol Fact, bool Expected) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitFactIsTrue(this);
}

/// <summary>An enumeration fact has (or has not) a value.</summary>
public sealed record BoundFactIsValue(FactSymbol Fact, int ValueIndex, bool Negated) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitFactIsValue(this);
}

public enum Comparison
{
    AtLeast,
    AtMost,
    MoreThan,
    LessThan,
}

/// <summary>A number fact (or a duration fact, scaled to a common unit) compared with a number:
/// <c>fact × FactScale  (op)  Value</c>.</summary>
public sealed record BoundFactCompare(FactSymbol Fact, Comparison Comparison, long FactScale, long Value) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitFactCompare(this);
}

/// <summary>An event of this type is recorded (as of the reference time).</summary>
public sealed record BoundOccurred(EventSymbol Event) : BoundCondition
{
    public override TResult Accept<TResult>(IBoundConditionVisitor<TResult> visitor) => visitor.VisitOccurred(this);
}
