using Safeguards.Language.Syntax;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Language.Semantics;

/// <summary>What a safeguard requires, resolved. The kinds are closed: <see cref="Match"/> takes one function per kind, so a
/// new kind adds a parameter and every place that must handle it (hover, explanation, lowering) fails to compile until it does.</summary>
public abstract record BoundRequirement(RequirementSyntax Syntax)
{
    public abstract TResult Match<TResult>(Func<BoundDeadlineRequirement, TResult> deadline, Func<BoundCountRequirement, TResult> count,
        Func<BoundWaitRequirement, TResult> wait);
}

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
    /// <summary>A clock that starts at the earliest (or latest) of several instants; <see cref="Anchor"/> is then its
    /// first instant's event, for what names the trigger.</summary>
    public BoundClock? Clock { get; init; }

    /// <summary>Authorising events that extend the limit, each granted before the limit it extends runs out.</summary>
    public IReadOnlyList<BoundExtension> Extensions { get; init; } = [];

    /// <summary>The limit with every extension may not exceed this, counted from the clock's start.</summary>
    public LegalDuration? Ceiling { get; init; }

    /// <summary>After the first completing occurrence, each next one is due within this interval of the previous one.</summary>
    public BoundRecurrence? Recurrence { get; init; }

    /// <summary>The working-day calendar the period is counted in (<c>within 5 working days after</c>) or its end is moved in
    /// (<c>…, moved to the next working day</c>); null for a period in calendar units alone.</summary>
    public BoundWorkingDays? WorkingDays { get; init; }

    /// <summary>The period read aloud: "3 hours", "5 working days".</summary>
    public string? PeriodText => WorkingDays is { Counting: WorkingDayCounting.CountWorkingDays } && Duration is { } days
        ? BoundWorkingDays.Count(days.Amount)
        : Duration?.ToString();

    /// <summary>The trigger read aloud: the event, the named instant, or the clock written out.</summary>
    public string AnchorText => Clock?.ToString() ?? Anchor.ToString();

    /// <summary>The requirement read aloud: "registered within 3 hours after apprehended".</summary>
    public string Describe()
    {
        var targets = string.Join(" or ", Targets);
        var each = Each ? "each " : "";
        var text = Timing switch
        {
            DeadlineKind.WithinAfter => $"{each}{targets} within {PeriodText} after {each}{AnchorText}",
            DeadlineKind.NoLaterThanBefore => $"{each}{targets} no later than {PeriodText} before {each}{AnchorText}",
            DeadlineKind.ImmediatelyAfter => $"{each}{targets} immediately after {each}{AnchorText}",
            DeadlineKind.Before => $"{each}{targets} before {each}{AnchorText}",
        };
        foreach (var extension in Extensions) text += $", {extension}";
        if (Ceiling is { } ceiling) text += $", up to {ceiling}";
        if (Recurrence is { } recurrence) text += $", {recurrence}";
        if (WorkingDays is { Counting: WorkingDayCounting.MoveToNextWorkingDay }) text += ", moved to the next working day";
        return text;
    }

    public override TResult Match<TResult>(Func<BoundDeadlineRequirement, TResult> deadline, Func<BoundCountRequirement, TResult> count,
        Func<BoundWaitRequirement, TResult> wait) =>
        deadline(this);
}

/// <summary>The calendar a deadline counts working days in, and how (<see cref="WorkingDayCounting"/>).</summary>
public sealed record BoundWorkingDays(CalendarSymbol Calendar, WorkingDayCounting Counting)
{
    /// <summary>"1 working day", "5 working days".</summary>
    public static string Count(int days) => days == 1 ? "1 working day" : $"{days} working days";
}

/// <summary>At most <see cref="Maximum"/> occurrences of an event; with <see cref="Anchor"/>, only those after the
/// anchor's first occurrence count, and the anchor's time decides the law version.</summary>
public sealed record BoundCountRequirement(RequirementSyntax Syntax, int Maximum, BoundEventReference Target, BoundEventReference? Anchor = null)
    : BoundRequirement(Syntax)
{
    public string Describe() => Anchor is null ? $"at most {Maximum} {Target}" : $"at most {Maximum} {Target} after {Anchor}";

    public override TResult Match<TResult>(Func<BoundDeadlineRequirement, TResult> deadline, Func<BoundCountRequirement, TResult> count,
        Func<BoundWaitRequirement, TResult> wait) =>
        count(this);
}

/// <summary>One instant of a clock: an event, optionally plus a duration.</summary>
public sealed record BoundInstant(BoundEventReference Event, LegalDuration? Offset)
{
    public override string ToString() => Offset is { } d ? $"{Event} plus {d}" : Event.ToString();
}

/// <summary><c>earliest of (...)</c> or <c>latest of (...)</c>, possibly through a named instant (<see cref="Name"/>).</summary>
public sealed record BoundClock(ClockKind Kind, IReadOnlyList<BoundInstant> Instants, string? Name)
{
    public override string ToString() => Name ?? $"{(Kind == ClockKind.Earliest ? "earliest" : "latest")} of ({string.Join(", ", Instants)})";
}

/// <summary><c>extended by D on E [when C]</c>, or <c>extended to D after E [when C]</c> (<see cref="FromAuthorisation"/>:
/// D counted from the decision E, once).</summary>
public sealed record BoundExtension(LegalDuration By, BoundEventReference Authorisation, BoundCondition? Condition)
{
    public bool FromAuthorisation { get; init; }

    public override string ToString() =>
        $"extended {(FromAuthorisation ? "to" : "by")} {By} {(FromAuthorisation ? "after" : "on")} {Authorisation}{(Condition is null ? "" : " when …")}";
}

/// <summary><c>repeated within D [until E or F ...]</c>: <see cref="Ends"/> is empty without <c>until</c>.</summary>
public sealed record BoundRecurrence(LegalDuration Interval, IReadOnlyList<BoundEventReference> Ends)
{
    public override string ToString() => $"repeated within {Interval}{(Ends.Count == 0 ? "" : $" until {string.Join(" or ", Ends)}")}";
}

/// <summary>A minimum waiting time: the first completing occurrence (the earliest of <see cref="Targets"/>) may not
/// happen before the duration has passed since the trigger.</summary>
public sealed record BoundWaitRequirement(RequirementSyntax Syntax, IReadOnlyList<BoundEventReference> Targets, LegalDuration Duration,
    BoundEventReference Anchor, BoundClock? Clock) : BoundRequirement(Syntax)
{
    public string Describe() => $"{string.Join(" or ", Targets)} not before {Duration} after {Clock?.ToString() ?? Anchor.ToString()}";

    public override TResult Match<TResult>(Func<BoundDeadlineRequirement, TResult> deadline, Func<BoundCountRequirement, TResult> count,
        Func<BoundWaitRequirement, TResult> wait) =>
        wait(this);
}
