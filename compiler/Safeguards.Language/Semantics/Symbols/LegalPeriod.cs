namespace Safeguards.Language.Semantics;

/// <summary>When a law, an article or a safeguard is in force: from a date (inclusive) until a date
/// (exclusive). Either end may be open.</summary>
public readonly record struct LegalPeriod(DateOnly? From, DateOnly? Until)
{
    public static LegalPeriod Always => new(null, null);

    public bool IsEmpty => From is { } from && Until is { } until && until <= from;

    public bool Contains(DateOnly date) => (From is null || date >= From) && (Until is null || date < Until);

    public LegalPeriod Intersect(LegalPeriod other) => new(
        From is null ? other.From : other.From is null ? From : (From > other.From ? From : other.From),
        Until is null ? other.Until : other.Until is null ? Until : (Until < other.Until ? Until : other.Until));

    /// <summary>True when an explicit bound of this period lies outside <paramref name="outer"/> (an
    /// open bound inherits the outer one, so "from 2011" inside "until 2015" is fine).</summary>
    public bool ConflictsWith(LegalPeriod outer) =>
        (From is { } from && outer.From is { } outerFrom && from < outerFrom)
        || (Until is { } until && outer.Until is { } outerUntil && until > outerUntil)
        || Intersect(outer).IsEmpty;

    public override string ToString() => (From, Until) switch
    {
        (null, null) => "at all times",
        ({ } from, null) => $"from {from:yyyy-MM-dd}",
        (null, { } until) => $"until {until:yyyy-MM-dd}",
        ({ } from, { } until) => $"from {from:yyyy-MM-dd} until {until:yyyy-MM-dd}",
    };
}
