namespace Safeguards.Runtime.CompilerServices;

/// <summary>
/// A <c>when</c> condition, lowered to fact and event indexes. Three-valued: a condition over a fact the
/// record lacks is unknown (<see cref="ConditionJudge"/>). The hierarchy is closed like
/// <see cref="RequirementPlan"/>'s: a new kind of condition is a new visitor method.
/// </summary>
public abstract class ConditionPlan
{
    private protected ConditionPlan()
    {
    }

    public abstract T Accept<T>(IConditionPlanVisitor<T> visitor);

    /// <summary>The condition's meaning on a record (<see cref="ConditionJudge"/>); <paramref name="missingFact"/>
    /// receives the first fact it needed and the record lacks.</summary>
    internal abstract Truth Test(CaseRecord record, long asOf, ref int missingFact);

    /// <summary>A fact's value, or null (and the first missing fact noted) when the record lacks it.</summary>
    private protected static FactValue? ValueOf(CaseRecord record, int fact, ref int missingFact)
    {
        var value = record.Fact(fact);
        if (value.IsPresent) return value;
        if (missingFact < 0) missingFact = fact;
        return null;
    }
}

public interface IConditionPlanVisitor<out T>
{
    T VisitAnd(AndCondition and);

    T VisitOr(OrCondition or);

    T VisitNot(NotCondition not);

    T VisitFactIsTrue(FactIsTrueCondition condition);

    T VisitFactIsValue(FactIsValueCondition condition);

    T VisitFactCompare(FactCompareCondition condition);

    T VisitOccurred(OccurredCondition condition);
}

/// <summary>A connective of two conditions, evaluated left to right: the right operand is not tested when the left
/// one decides (<see cref="Decisive"/>).</summary>
public abstract class ConnectiveCondition : ConditionPlan
{
    private protected ConnectiveCondition(ConditionPlan left, ConditionPlan right)
    {
        Left = left;
        Right = right;
    }

    public ConditionPlan Left { get; }

    public ConditionPlan Right { get; }

    /// <summary>The value of the left operand that decides alone: false for "and", true for "or".</summary>
    public abstract Truth Decisive { get; }

    /// <summary>The value once both were tested (the left one not decisive).</summary>
    public abstract Truth Combine(Truth left, Truth right);

    internal override Truth Test(CaseRecord record, long asOf, ref int missingFact)
    {
        var left = Left.Test(record, asOf, ref missingFact);
        return left == Decisive ? left : Combine(left, Right.Test(record, asOf, ref missingFact));
    }
}

public sealed class AndCondition(ConditionPlan left, ConditionPlan right) : ConnectiveCondition(left, right)
{
    public override Truth Decisive => Truth.False;

    public override Truth Combine(Truth left, Truth right) => ConditionJudge.And(left, right);

    public override T Accept<T>(IConditionPlanVisitor<T> visitor) => visitor.VisitAnd(this);
}

public sealed class OrCondition(ConditionPlan left, ConditionPlan right) : ConnectiveCondition(left, right)
{
    public override Truth Decisive => Truth.True;

    public override Truth Combine(Truth left, Truth right) => ConditionJudge.Or(left, right);

    public override T Accept<T>(IConditionPlanVisitor<T> visitor) => visitor.VisitOr(this);
}

public sealed class NotCondition(ConditionPlan operand) : ConditionPlan
{
    public ConditionPlan Operand { get; } = operand;

    public override T Accept<T>(IConditionPlanVisitor<T> visitor) => visitor.VisitNot(this);

    internal override Truth Test(CaseRecord record, long asOf, ref int missingFact) => ConditionJudge.Not(Operand.Test(record, asOf, ref missingFact));
}

/// <summary>A boolean fact is (or, when <see cref="Expected"/> is false, is not) true.</summary>
public sealed class FactIsTrueCondition(int fact, bool expected) : ConditionPlan
{
    public int Fact { get; } = fact;

    public bool Expected { get; } = expected;

    public override T Accept<T>(IConditionPlanVisitor<T> visitor) => visitor.VisitFactIsTrue(this);

    internal override Truth Test(CaseRecord record, long asOf, ref int missingFact) =>
        ValueOf(record, Fact, ref missingFact) is { } value ? ConditionJudge.Of(value.Boolean == Expected) : Truth.Unknown;
}

/// <summary>An enumeration fact has (or has not) a value.</summary>
public sealed class FactIsValueCondition(int fact, int value, bool negated) : ConditionPlan
{
    public int Fact { get; } = fact;

    public int Value { get; } = value;

    public bool Negated { get; } = negated;

    public override T Accept<T>(IConditionPlanVisitor<T> visitor) => visitor.VisitFactIsValue(this);

    internal override Truth Test(CaseRecord record, long asOf, ref int missingFact) =>
        ValueOf(record, Fact, ref missingFact) is { } value ? ConditionJudge.Of((value.EnumIndex == Value) != Negated) : Truth.Unknown;
}

public enum FactComparison : byte
{
    AtLeast,
    AtMost,
    MoreThan,
    LessThan,
}

/// <summary>
/// A number or duration fact compared with a threshold in the fact's own unit: <c>fact (op) Threshold</c>.
/// Lowering rewrites <c>fact × scale (op) value</c> to this form, which multiplies nothing, so no value of the
/// fact can overflow and turn the answer around.
/// </summary>
public sealed class FactCompareCondition(int fact, FactComparison comparison, long threshold) : ConditionPlan
{
    public int Fact { get; } = fact;

    public FactComparison Comparison { get; } = comparison;

    public long Threshold { get; } = threshold;

    public bool Holds(long value) => Comparison switch
    {
        FactComparison.AtLeast => value >= Threshold,
        FactComparison.AtMost => value <= Threshold,
        FactComparison.MoreThan => value > Threshold,
        FactComparison.LessThan => value < Threshold,
        _ => throw new InvalidOperationException($"unknown comparison {Comparison}"),
    };

    public override T Accept<T>(IConditionPlanVisitor<T> visitor) => visitor.VisitFactCompare(this);

    internal override Truth Test(CaseRecord record, long asOf, ref int missingFact) =>
        ValueOf(record, Fact, ref missingFact) is { } value ? ConditionJudge.Of(Holds(value.Number)) : Truth.Unknown;
}

/// <summary>An event of this type is recorded (as of the reference time).</summary>
public sealed class OccurredCondition(int eventType) : ConditionPlan
{
    public int EventType { get; } = eventType;

    public override T Accept<T>(IConditionPlanVisitor<T> visitor) => visitor.VisitOccurred(this);

    internal override Truth Test(CaseRecord record, long asOf, ref int missingFact) =>
        ConditionJudge.Of(EventSelection.Happened(record.EventsByType[EventType], asOf) > 0);
}
