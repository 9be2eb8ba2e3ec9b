using Safeguards.Runtime.CompilerServices;
namespace Safeguards.Language.Syntax;

/// <summary>What a safeguard requires, after <c>requires</c>. The kinds are closed: <see cref="Match"/> takes one function
/// per kind, so a new kind adds a parameter and every place that must handle it fails to compile until it does.</summary>
public abstract class RequirementSyntax : SyntaxNode
{
    private protected RequirementSyntax()
    {
    }

    public abstract TResult Match<TResult>(Func<DeadlineRequirementSyntax, TResult> deadline, Func<CountRequirementSyntax, TResult> count,
        Func<WaitRequirementSyntax, TResult> wait);
}

/// <summary><c>[each] X [or Y] (within D after | no later than D before | immediately after | before) [each] Z</c>, where Z
/// is an event or a clock (<c>earliest of (...)</c>), optionally followed by extensions (<c>extended by D on E [when C]</c>),
/// a ceiling (<c>up to D</c>), a recurrence (<c>repeated within D [until E]</c>) and <c>, moved to the next working day</c>.</summary>
public sealed class DeadlineRequirementSyntax(SyntaxToken? eachTarget, SeparatedList<EventReferenceSyntax> targets, TimingSyntax timing,
    SyntaxToken? eachAnchor, EventReferenceSyntax? anchor, ClockStartSyntax? clock = null, IReadOnlyList<ExtensionSyntax>? extensions = null,
    CeilingSyntax? ceiling = null, RecurrenceSyntax? recurrence = null, MovedToWorkingDaySyntax? moved = null) : RequirementSyntax
{
    public SyntaxToken? EachTarget { get; } = eachTarget;
    public SeparatedList<EventReferenceSyntax> Targets { get; } = targets;
    public TimingSyntax Timing { get; } = timing;
    public SyntaxToken? EachAnchor { get; } = eachAnchor;

    /// <summary>The trigger: an event or a named instant; null when <see cref="Clock"/> is written out.</summary>
    public EventReferenceSyntax? Anchor { get; } = anchor;
    public ClockStartSyntax? Clock { get; } = clock;
    public IReadOnlyList<ExtensionSyntax> Extensions { get; } = extensions ?? [];
    public CeilingSyntax? Ceiling { get; } = ceiling;
    public RecurrenceSyntax? Recurrence { get; } = recurrence;

    /// <summary><c>, moved to the next working day</c>, or null.</summary>
    public MovedToWorkingDaySyntax? Moved { get; } = moved;
    protected override IEnumerable<SyntaxElement?> Children() =>
        [EachTarget, .. Targets.Elements(), Timing, EachAnchor, Anchor, Clock, .. Extensions, Ceiling, Recurrence, Moved];

    public override TResult Match<TResult>(Func<DeadlineRequirementSyntax, TResult> deadline, Func<CountRequirementSyntax, TResult> count,
        Func<WaitRequirementSyntax, TResult> wait) =>
        deadline(this);
}

/// <summary><c>at most 2 returned_for_checks</c>, <c>at most 0 reconciliation after charged_torture</c> (the
/// trigger after <c>after</c> decides the law version, and only occurrences after it count).</summary>
public sealed class CountRequirementSyntax(SyntaxToken atKeyword, SyntaxToken mostKeyword, SyntaxToken number, EventReferenceSyntax target,
    SyntaxToken? afterKeyword = null, EventReferenceSyntax? anchor = null) : RequirementSyntax
{
    public SyntaxToken AtKeyword { get; } = atKeyword;
    public SyntaxToken MostKeyword { get; } = mostKeyword;
    public SyntaxToken Number { get; } = number;
    public EventReferenceSyntax Target { get; } = target;
    public SyntaxToken? AfterKeyword { get; } = afterKeyword;
    public EventReferenceSyntax? Anchor { get; } = anchor;
    protected override IEnumerable<SyntaxElement?> Children() => [AtKeyword, MostKeyword, Number, Target, AfterKeyword, Anchor];

    public override TResult Match<TResult>(Func<DeadlineRequirementSyntax, TResult> deadline, Func<CountRequirementSyntax, TResult> count,
        Func<WaitRequirementSyntax, TResult> wait) =>
        count(this);
}

/// <summary>The words between the completing event and the trigger.</summary>
public sealed class TimingSyntax(DeadlineKind kind, IReadOnlyList<SyntaxToken> leadingWords, DurationSyntax? duration, SyntaxToken direction) : SyntaxNode
{
    public DeadlineKind Kind { get; } = kind;

    /// <summary><c>within</c>, <c>no later than</c>, <c>immediately</c> or nothing.</summary>
    public IReadOnlyList<SyntaxToken> LeadingWords { get; } = leadingWords;
    public DurationSyntax? Duration { get; } = duration;

    /// <summary><c>after</c> or <c>before</c>.</summary>
    public SyntaxToken Direction { get; } = direction;
    protected override IEnumerable<SyntaxElement?> Children() => [.. LeadingWords, Duration, Direction];
}

/// <summary><c>complaint where channel is procedural_complaint</c></summary>
public sealed class EventReferenceSyntax(SyntaxToken name, SyntaxToken? whereKeyword, SeparatedList<AttributeFilterSyntax>? filters) : SyntaxNode
{
    public SyntaxToken Name { get; } = name;
    public SyntaxToken? WhereKeyword { get; } = whereKeyword;
    public SeparatedList<AttributeFilterSyntax>? Filters { get; } = filters;
    protected override IEnumerable<SyntaxElement?> Children() => [Name, WhereKeyword, .. Filters?.Elements() ?? []];
}

/// <summary><c>channel is procedural_complaint</c>, <c>channel is not crime_report</c></summary>
public sealed class AttributeFilterSyntax(SyntaxToken name, SyntaxToken isKeyword, SyntaxToken? notKeyword, SyntaxToken value) : SyntaxNode
{
    public SyntaxToken Name { get; } = name;
    public SyntaxToken IsKeyword { get; } = isKeyword;
    public SyntaxToken? NotKeyword { get; } = notKeyword;
    public SyntaxToken Value { get; } = value;
    protected override IEnumerable<SyntaxElement?> Children() => [Name, IsKeyword, NotKeyword, Value];
}

/// <summary><c>3 hours</c>, <c>1 day 12 hours</c> (a compound duration: language.md, "Compound durations"), or the name of a constant.</summary>
/// <remarks><c>5 working days</c>: <c>working</c> before a part's unit counts it in the pack's working-day calendar
/// (language.md, "Working days"); the binder decides where that may stand.</remarks>
public sealed class DurationSyntax(SyntaxToken numberOrName, SyntaxToken? unit, IReadOnlyList<DurationPartSyntax>? moreParts = null,
    SyntaxToken? working = null) : SyntaxNode
{
    /// <summary>The first number, or (when <see cref="Unit"/> is null) the name of a constant.</summary>
    public SyntaxToken NumberOrName { get; } = numberOrName;

    /// <summary>The unit of the first part.</summary>
    public SyntaxToken? Unit { get; } = unit;

    /// <summary><c>working</c> before the first part's unit, or null.</summary>
    public SyntaxToken? Working { get; } = working;

    /// <summary>Some part is counted in working days (<c>5 working days</c>).</summary>
    public bool CountsWorkingDays => Parts.Any(p => p.Working is not null);

    /// <summary>The parts after the first ("12 hours" in "1 day 12 hours"); empty for a plain duration.</summary>
    public IReadOnlyList<DurationPartSyntax> MoreParts { get; } = moreParts ?? [];

    /// <summary>Every part in the order written, the first included; empty for a constant's name.</summary>
    public IReadOnlyList<DurationPartSyntax> Parts => Unit is null ? [] : [new DurationPartSyntax(NumberOrName, Unit, Working), .. MoreParts];

    public bool IsConstantReference => Unit is null;

    // The tokens in order, with no node per part: a plain duration's tree is what it always was.
    protected override IEnumerable<SyntaxElement?> Children() =>
        [NumberOrName, Working, Unit, .. MoreParts.SelectMany(p => new[] { p.Number, p.Working, p.Unit })];
}

/// <summary>One number and unit of a duration, with <c>working</c> between them when it counts working days.</summary>
public readonly record struct DurationPartSyntax(SyntaxToken Number, SyntaxToken Unit, SyntaxToken? Working = null);

/// <summary><c>, moved to the next working day</c> after a period: a period whose last day is not a working day in the
/// pack's calendar ends at the end of the next working day (StPO § 43(2)).</summary>
public sealed class MovedToWorkingDaySyntax(SyntaxToken comma, SyntaxToken movedKeyword, SyntaxToken toKeyword, SyntaxToken theKeyword,
    SyntaxToken nextKeyword, SyntaxToken workingKeyword, SyntaxToken dayKeyword) : SyntaxNode
{
    public SyntaxToken Comma { get; } = comma;
    public SyntaxToken MovedKeyword { get; } = movedKeyword;
    public SyntaxToken ToKeyword { get; } = toKeyword;
    public SyntaxToken TheKeyword { get; } = theKeyword;
    public SyntaxToken NextKeyword { get; } = nextKeyword;
    public SyntaxToken WorkingKeyword { get; } = workingKeyword;
    public SyntaxToken DayKeyword { get; } = dayKeyword;
    protected override IEnumerable<SyntaxElement?> Children() => [Comma, MovedKeyword, ToKeyword, TheKeyword, NextKeyword, WorkingKeyword, DayKeyword];
}
