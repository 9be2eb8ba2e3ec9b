using System.Collections.Immutable;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>Whether a clock starts at the earliest or the latest of its instants.</summary>
public enum ClockKind : byte
{
    Earliest,
    Latest,
}

/// <summary>One instant of a clock: the first occurrence of an event, plus an offset (zero for none).</summary>
public sealed class InstantPlan(EventSelector @event, LegalDuration offset, bool hasOffset)
{
    public EventSelector Event { get; } = @event;

    public LegalDuration Offset { get; } = offset;

    public bool HasOffset { get; } = hasOffset;
}

/// <summary>
/// "earliest of (apprehended, placed_in_custody)": the instant a legal clock starts, the earliest (or latest) of
/// several (CPP art. 63 III: the garde à vue runs from the apprehension when the person was apprehended before being
/// placed in custody). Resolved by <see cref="ClockJudge"/>.
/// </summary>
public sealed class ClockPlan
{
    public ClockPlan(ClockKind kind, string? name, params InstantPlan[] instants)
    {
        if (instants.Length == 0) throw new ArgumentException("a clock needs an instant", nameof(instants));
        Kind = kind;
        Name = name;
        Instants = [.. instants];
    }

    public ClockKind Kind { get; }

    /// <summary>The named instant's name (<c>let custody_start = ...</c>), or null when written out.</summary>
    public string? Name { get; }

    public ImmutableArray<InstantPlan> Instants { get; }
}
