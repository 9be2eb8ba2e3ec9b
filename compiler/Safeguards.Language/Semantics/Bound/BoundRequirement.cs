using Safeguards.Language.Syntax;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Language.Semantics;

/// <summary>What a safeguard requires, resolved.</summary>
public abstract record BoundRequirement(RequirementSyntax Syntax);

/// <summary>An event reference with its attribute filters (<c>complaint where channel is crime_report</c>).</summary>
public sealed record BoundEventReference(EventSymbol Event, IReadOnlyList<BoundAttributeFilter> Filters)
{
    public override string ToString() => Filters.Count == 0 ? Event.Name : $"{Event.Name} where {string.Join(" and ", Filters)}";
}

public sealed record BoundAttributeFilter(AttributeSymbol Attribute, int ValueIndex, bool Negated)
{
    public override string ToString() => $"{Attribute.Name} is {(Negated ? "not " : "")}{Attribute.Values[ValueIndex]}";
}

/// <summary>The completing event (the earliest of <see cref="Targets"/>) must happen in time relative to the anchor.
/// With <see cref="Each"/>, every anchor occurrence is paired with its own target occurrence.</summary>
public sealed record BoundDeadlineRequirement(
    RequirementSyntax Syntax,
    IReadOnlyList<BoundEventReference> Targets,
    DeadlineKind Timing,
    LegalDuration? Duration,
    BoundEventReference Anchor,
    bool Each,
    bool PairByReference) : BoundRequirement(Syntax)
{
    /// <summary>The requirement read aloud: "registered within 3 hours after apprehended".</summary>
    public string Describe()
    {
        var targets = string.Join(" or ", Targets);
        var each = Each ? "each " : "";
        return Timing switch
        {
            DeadlineKind.WithinAfter => $"{each}{targets} within {Duration} after {each}{Anchor}",
            DeadlineKind.NoLaterThanBefore => $"{each}{targets} no later than {Duration} before {each}{Anchor}",
            DeadlineKind.ImmediatelyAfter => $"{each}{targets} immediately after {each}{Anchor}",
            _ => $"{each}{targets} before {each}{Anchor}",
        };
    }
}

/// <summary>At most <see cref="Maximum"/> occurrences of an event; with <see cref="Anchor"/>, only those after the
/// anchor's first occurrence count, and the anchor's time decides the law version.</summary>
public sealed record BoundCountRequirement(RequirementSyntax Syntax, int Maximum, BoundEventReference Target, BoundEventReference? Anchor = null)
    : BoundRequirement(Syntax)
{
    public string Describe() => Anchor is null ? $"at most {Maximum} {Target}" : $"at most {Maximum} {Target} after {Anchor}";
}
