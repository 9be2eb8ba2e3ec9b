using Safeguards.Language.Semantics;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Lowering;

/// <summary>A bound <c>when</c> condition to a <see cref="ConditionPlan"/> over fact and event indexes.</summary>
internal static class ConditionLowering
{
    public static ConditionPlan Lower(BoundCondition condition) => condition switch
    {
        BoundAnd and => new AndCondition(Lower(and.Left), Lower(and.Right)),
        BoundOr or => new OrCondition(Lower(or.Left), Lower(or.Right)),
        BoundNot not => new NotCondition(Lower(not.Operand)),
        BoundFactIsTrue isTrue => new FactIsTrueCondition(isTrue.Fact.Index, isTrue.Expected),
        BoundFactIsValue isValue => new FactIsValueCondition(isValue.Fact.Index, isValue.ValueIndex, isValue.Negated),
        BoundFactCompare compare => Compare(compare),
        BoundOccurred occurred => new OccurredCondition(occurred.Event.Index),
        _ => throw new InvalidOperationException($"no lowering for the condition kind {condition.GetType().Name}"),
    };

    /// <summary>
    /// <c>fact × scale (op) value</c> (a duration fact scaled to minutes or days) rewritten as <c>fact (op) threshold</c>,
    /// which is the same for every value of the fact and multiplies nothing, so no value can overflow and turn the
    /// answer around. The case reader bounds facts already; a record built in code is not read.
    /// </summary>
    internal static FactCompareCondition Compare(BoundFactCompare compare)
    {
        var (scale, value) = (compare.FactScale, compare.Value);
        if (scale <= 0) throw new ArgumentOutOfRangeException(nameof(compare), scale, "a fact's scale is a positive number of base units");
        var comparison = compare.Comparison switch
        {
            Comparison.AtLeast => FactComparison.AtLeast,
            Comparison.AtMost => FactComparison.AtMost,
            Comparison.MoreThan => FactComparison.MoreThan,
            Comparison.LessThan => FactComparison.LessThan,
            _ => throw new InvalidOperationException($"unknown comparison {compare.Comparison}"),
        };
        // n × s ≥ v ⟺ n ≥ ⌈v / s⌉ and n × s > v ⟺ n > ⌊v / s⌋ (s > 0); likewise for ≤ and <.
        var threshold = comparison is FactComparison.AtLeast or FactComparison.LessThan ? CeilingDivide(value, scale) : FloorDivide(value, scale);
        return new FactCompareCondition(compare.Fact.Index, comparison, threshold);
    }

    private static long FloorDivide(long value, long divisor)
    {
        var quotient = Math.DivRem(value, divisor, out var remainder);
        return remainder < 0 ? quotient - 1 : quotient;
    }

    private static long CeilingDivide(long value, long divisor)
    {
        var quotient = Math.DivRem(value, divisor, out var remainder);
        return remainder > 0 ? quotient + 1 : quotient;
    }
}
