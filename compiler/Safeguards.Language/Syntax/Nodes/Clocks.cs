using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Language.Syntax;

/// <summary><c>earliest of (apprehended, placed_in_custody plus 1 hour)</c>: a clock that starts at the earlier (or
/// later) of several instants. It stands where a trigger stands, and as the value of a named instant (<c>let</c>).</summary>
public sealed class ClockStartSyntax(SyntaxToken which, SyntaxToken ofKeyword, SyntaxToken open, SeparatedList<InstantItemSyntax> items,
    SyntaxToken close) : SyntaxNode
{
    /// <summary><c>earliest</c> or <c>latest</c>.</summary>
    public SyntaxToken Which { get; } = which;
    public SyntaxToken OfKeyword { get; } = ofKeyword;
    public SyntaxToken Open { get; } = open;
    public SeparatedList<InstantItemSyntax> Items { get; } = items;
    public SyntaxToken Close { get; } = close;
    public ClockKind Kind => Which.Kind == SyntaxKind.EarliestKeyword ? ClockKind.Earliest : ClockKind.Latest;
    protected override IEnumerable<SyntaxElement?> Children() => [Which, OfKeyword, Open, .. Items.Elements(), Close];
}

/// <summary>One instant of a clock: an event, or an event plus a duration (<c>placed_in_custody plus 1 hour</c>).</summary>
public sealed class InstantItemSyntax(EventReferenceSyntax @event, SyntaxToken? plusKeyword, DurationSyntax? offset) : SyntaxNode
{
    public EventReferenceSyntax Event { get; } = @event;
    public SyntaxToken? PlusKeyword { get; } = plusKeyword;
    public DurationSyntax? Offset { get; } = offset;
    protected override IEnumerable<SyntaxElement?> Children() => [Event, PlusKeyword, Offset];
}

/// <summary><c>extended by 24 hours on prosecutor_authorisation when max_sentence_years is at least 1</c>: each
/// occurrence of the authorising event, granted before the limit it extends has run out, adds the duration. Written
/// <c>extended to 72 hours after detention_extended</c> (<see cref="CountsFromAuthorisation"/>), the limit becomes the
/// duration counted from the authorising decision (UPK art. 108(7)(3): "no more than 72 hours from the decision"); then
/// <see cref="ByKeyword"/> is <c>to</c> and <see cref="OnKeyword"/> is <c>after</c>.</summary>
public sealed class ExtensionSyntax(SyntaxToken extendedKeyword, SyntaxToken byKeyword, DurationSyntax duration, SyntaxToken onKeyword,
    EventReferenceSyntax authorisation, SyntaxToken? whenKeyword, ConditionSyntax? condition) : SyntaxNode
{
    public SyntaxToken ExtendedKeyword { get; } = extendedKeyword;
    public SyntaxToken ByKeyword { get; } = byKeyword;
    public DurationSyntax Duration { get; } = duration;
    public SyntaxToken OnKeyword { get; } = onKeyword;
    public EventReferenceSyntax Authorisation { get; } = authorisation;
    public SyntaxToken? WhenKeyword { get; } = whenKeyword;
    public ConditionSyntax? Condition { get; } = condition;
    public bool CountsFromAuthorisation => ByKeyword.Kind == SyntaxKind.ToKeyword;
    protected override IEnumerable<SyntaxElement?> Children() => [ExtendedKeyword, ByKeyword, Duration, OnKeyword, Authorisation, WhenKeyword, Condition];
}

/// <summary><c>up to 96 hours</c>: the ceiling of a limit and all its extensions, counted from the clock's start.</summary>
public sealed class CeilingSyntax(SyntaxToken upKeyword, SyntaxToken toKeyword, DurationSyntax duration) : SyntaxNode
{
    public SyntaxToken UpKeyword { get; } = upKeyword;
    public SyntaxToken ToKeyword { get; } = toKeyword;
    public DurationSyntax Duration { get; } = duration;
    protected override IEnumerable<SyntaxElement?> Children() => [UpKeyword, ToKeyword, Duration];
}

/// <summary><c>repeated within 3 months until sentenced or released</c>: after the first occurrence in time, each next one
/// is due within the interval after the previous one, until the first of the end events (StPO § 121/§ 122(4): the reviews
/// end with a judgment as well as with a release).</summary>
public sealed class RecurrenceSyntax(SyntaxToken repeatedKeyword, SyntaxToken withinKeyword, DurationSyntax interval,
    SyntaxToken? untilKeyword, SeparatedList<EventReferenceSyntax>? ends) : SyntaxNode
{
    public SyntaxToken RepeatedKeyword { get; } = repeatedKeyword;
    public SyntaxToken WithinKeyword { get; } = withinKeyword;
    public DurationSyntax Interval { get; } = interval;
    public SyntaxToken? UntilKeyword { get; } = untilKeyword;
    /// <summary>The events that end the measure, separated by <c>or</c>; null without <c>until</c>.</summary>
    public SeparatedList<EventReferenceSyntax>? Ends { get; } = ends;
    protected override IEnumerable<SyntaxElement?> Children() => [RepeatedKeyword, WithinKeyword, Interval, UntilKeyword, .. Ends?.Elements() ?? []];
}

/// <summary><c>hearing where lawyer is absent not before 2 hours after lawyer_notified</c>: an act that is too early
/// is the violation (a minimum waiting time).</summary>
public sealed class WaitRequirementSyntax(SeparatedList<EventReferenceSyntax> targets, SyntaxToken notKeyword, SyntaxToken beforeKeyword,
    DurationSyntax duration, SyntaxToken afterKeyword, EventReferenceSyntax? anchor, ClockStartSyntax? clock) : RequirementSyntax
{
    public SeparatedList<EventReferenceSyntax> Targets { get; } = targets;
    public SyntaxToken NotKeyword { get; } = notKeyword;
    public SyntaxToken BeforeKeyword { get; } = beforeKeyword;
    public DurationSyntax Duration { get; } = duration;
    public SyntaxToken AfterKeyword { get; } = afterKeyword;
    public EventReferenceSyntax? Anchor { get; } = anchor;
    public ClockStartSyntax? Clock { get; } = clock;
    protected override IEnumerable<SyntaxElement?> Children() => [.. Targets.Elements(), NotKeyword, BeforeKeyword, Duration, AfterKeyword, Anchor, Clock];

    public override TResult Match<TResult>(Func<DeadlineRequirementSyntax, TResult> deadline, Func<CountRequirementSyntax, TResult> count,
        Func<WaitRequirementSyntax, TResult> wait) =>
        wait(this);
}
