using Safeguards.Language.Semantics;

namespace Safeguards.Evaluation.Model;

/// <summary>
/// A comparison <c>fact × scale (op) value</c> (a duration fact scaled to minutes or days) rewritten as
/// <c>fact (op) threshold</c>, which is the same for every value of the fact and multiplies nothing, so no
/// value can overflow and turn the answer around. The case reader bounds facts already; a record built in
/// code is not read, and both engines use this form so they agree on it too.
/// </summary>
public readonly record struct FactComparison(Comparison Comparison, long Threshold)
{
    public static FactComparison Of(BoundFactCompare compare)
    {
        var (scale, value) = (compare.FactScale, compare.Value);
        if (scale <= 0) throw new ArgumentOutOfRangeException(nameof(compare), scale, "a fact's scale is a positive number of base units");
        // n × s ≥ v ⟺ n ≥ ⌈v / s⌉ and n × s > v ⟺ n > ⌊v / s⌋ (s > 0); likewise for ≤ and <.
        var threshold = compare.Comparison is Comparison.AtLeast or Comparison.LessThan ? CeilingDivide(value, scale) : FloorDivide(value, scale);
        return new FactComparison(compare.Comparison, threshold);
    }

    public bool Holds(long fact) => Comparison switch
    {
        Comparison.AtLeast => fact >= Threshold,
        Comparison.AtMost => fact <= Threshold,
        Comparison.MoreThan => fact > Threshold,
        Comparison.LessThan => fact < Threshold,
        _ => throw new InvalidOperationException($"unknown comparison {Comparison}"),
    };

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
