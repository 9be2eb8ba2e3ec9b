using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Language.Semantics;

internal sealed partial class Binder
{
    // Null only after a diagnostic: each part that fails to bind reports its own.
    private BoundRequirement? BindRequirement(PackSymbol pack, CaseSymbol @case, RequirementSyntax syntax) => syntax.Match<BoundRequirement?>(
        deadline: deadline => BindDeadline(pack, @case, deadline),
        count: count => BindCount(@case, count),
        wait: wait => BindWait(pack, @case, wait));

    private BoundCountRequirement? BindCount(CaseSymbol @case, CountRequirementSyntax count)
    {
        var maximum = ParseNumber(count.Number);
        var counted = BindEventReference(@case, count.Target);
        var after = count.Anchor is null ? null : BindEventReference(@case, count.Anchor);
        if (maximum is null || counted is null || (count.Anchor is not null && after is null)) return null;
        return new BoundCountRequirement(count, maximum.Value, counted, after);
    }

    private BoundWaitRequirement? BindWait(PackSymbol pack, CaseSymbol @case, WaitRequirementSyntax wait)
    {
        var targets = wait.Targets.Items.Select(t => BindEventReference(@case, t)).ToList();
        var duration = BindDuration(pack, wait.Duration);
        var (anchor, clock) = BindTrigger(pack, @case, wait.Anchor, wait.Clock);
        if (targets.Any(t => t is null) || duration is null || anchor is null) return null;
        return new BoundWaitRequirement(wait, targets!, duration.Value, anchor, clock);
    }

    private BoundRequirement? BindDeadline(PackSymbol pack, CaseSymbol @case, DeadlineRequirementSyntax deadline)
    {
        var targets = deadline.Targets.Items.Select(t => BindEventReference(@case, t)).ToList();
        var (anchor, clock) = BindTrigger(pack, @case, deadline.Anchor, deadline.Clock);
        LegalDuration? duration = deadline.Timing.Duration is { } durationSyntax
            ? durationSyntax.CountsWorkingDays ? BindWorkingDayCount(durationSyntax) : BindDuration(pack, durationSyntax)
            : null;
        var workingDays = BindWorkingDays(pack, deadline, duration);
        if ((deadline.EachTarget is null) != (deadline.EachAnchor is null))
            Report(DiagnosticCatalogue.EachOnOneSide, At((SyntaxToken?)deadline.EachTarget ?? deadline.EachAnchor!));
        var each = deadline.EachTarget is not null && deadline.EachAnchor is not null;
        if (each && clock is not null)
            Report(DiagnosticCatalogue.ClockWithEach, At((SyntaxNode?)deadline.Clock ?? deadline.Anchor!), clock.ToString());

        var extensions = new List<BoundExtension>();
        var broken = false;
        foreach (var extension in deadline.Extensions)
        {
            var by = BindDuration(pack, extension.Duration);
            var authorisation = BindEventReference(@case, extension.Authorisation);
            var condition = extension.Condition is null ? null : BindCondition(@case, extension.Condition);
            if (by is null || authorisation is null || (extension.Condition is not null && condition is null)) broken = true;
            else extensions.Add(new BoundExtension(by.Value, authorisation, condition) { FromAuthorisation = extension.CountsFromAuthorisation });
            if (extension.CountsFromAuthorisation && authorisation is not null && anchor is not null && clock is null && authorisation.Event == anchor.Event)
                Report(DiagnosticCatalogue.ExtensionFromTheTrigger, At(extension), authorisation.Event.Name, by?.ToString() ?? extension.Duration.ToString());
        }
        LegalDuration? ceiling = deadline.Ceiling is null ? null : BindDuration(pack, deadline.Ceiling.Duration);
        BoundRecurrence? recurrence = null;
        if (deadline.Recurrence is { } r)
        {
            var interval = BindDuration(pack, r.Interval);
            var ends = BindRecurrenceEnds(@case, r, targets);
            if (interval is null || ends is null) broken = true;
            else recurrence = new BoundRecurrence(interval.Value, ends);
            if (r.Ends is null) Report(DiagnosticCatalogue.RecurrenceWithoutEnd, At(r.RepeatedKeyword), interval?.ToString() ?? r.Interval.ToString());
        }

        // Extensions, a ceiling and a recurrence continue a limit "within D after" the first trigger.
        var limit = deadline.Timing.Kind == DeadlineKind.WithinAfter && !each;
        foreach (var (word, node) in new (string, SyntaxNode?)[] { ("extended", deadline.Extensions.FirstOrDefault()), ("up to", deadline.Ceiling), ("repeated", deadline.Recurrence) })
            if (node is not null && !limit) Report(DiagnosticCatalogue.NotAnExtendableLimit, At(node), word,
                    (each ? "each … " : "") + string.Join(" ", deadline.Timing.LeadingWords.Append(deadline.Timing.Direction).Select(t => t.Text)));
        // An extension counted from its decision applies once, so it needs no ceiling; one that adds its duration can repeat.
        if (deadline.Extensions.FirstOrDefault(e => !e.CountsFromAuthorisation) is { } unbounded && deadline.Ceiling is null)
            Report(DiagnosticCatalogue.ExtensionWithoutCeiling, At(unbounded));
        if (deadline.Ceiling is not null && deadline.Extensions.Count == 0 && ceiling is { } unused)
            Report(DiagnosticCatalogue.CeilingWithoutExtension, At(deadline.Ceiling), unused.ToString());
        if (ceiling is { } c && duration is { } d && c.Family == d.Family && c.Family == DurationFamily.Exact && c.ExactTicks < d.ExactTicks)
            Report(DiagnosticCatalogue.CeilingBelowLimit, At(deadline.Ceiling!), c.ToString(), d.ToString());

        if (targets.Any(t => t is null) || anchor is null || (deadline.Timing.Duration is not null && duration is null) || broken
            || (deadline.Ceiling is not null && ceiling is null)) return null;
        var byReference = each && targets.All(t => t!.Event.RefersTo == anchor.Event);
        return new BoundDeadlineRequirement(deadline, targets!, deadline.Timing.Kind, duration, anchor, each, byReference)
        {
            Clock = clock,
            Extensions = extensions,
            Ceiling = ceiling,
            Recurrence = recurrence,
            WorkingDays = workingDays,
        };
    }

    /// <summary>A trigger: an event, a clock written out, or a named instant (<c>let custody_start = earliest of (...)</c>),
    /// bound against the safeguard's case. The anchor returned is the event (or the clock's first event).</summary>
    private readonly Dictionary<(InstantSymbol, CaseSymbol), (BoundEventReference? Anchor, BoundClock? Clock)> namedClocks = [];

    private (BoundEventReference? Anchor, BoundClock? Clock) BindTrigger(PackSymbol pack, CaseSymbol @case, EventReferenceSyntax? anchor, ClockStartSyntax? clock)
    {
        if (clock is not null) return BindClock(pack, @case, clock, null);
        if (anchor is null) return (null, null);
        if (anchor.Filters is null && @case.Events.All(e => e.Name != anchor.Name.Text)
            && Visible(pack).SelectMany(p => p.Instants).FirstOrDefault(i => i.Name == anchor.Name.Text) is { } named)
        {
            Referenced(anchor.Name, named);
            // Bound once per case: several safeguards share the instant, and its mistakes are reported once.
            if (!namedClocks.TryGetValue((named, @case), out var bound))
                namedClocks[(named, @case)] = bound = BindClock(pack, @case, named.Syntax, named.Name);
            return bound;
        }
        return (BindEventReference(@case, anchor), null);
    }

    private (BoundEventReference? Anchor, BoundClock? Clock) BindClock(PackSymbol pack, CaseSymbol @case, ClockStartSyntax clock, string? name)
    {
        var instants = new List<BoundInstant>();
        foreach (var item in clock.Items.Items)
        {
            var @event = BindEventReference(@case, item.Event);
            var offset = item.Offset is null ? null : BindDuration(pack, item.Offset);
            if (@event is null || (item.Offset is not null && offset is null)) return (null, null);
            instants.Add(new BoundInstant(@event, offset));
        }
        return instants.Count == 0 ? (null, null) : (instants[0].Event, new BoundClock(clock.Kind, instants, name));
    }

    private BoundEventReference? BindEventReference(CaseSymbol @case, EventReferenceSyntax syntax)
    {
        if (FindEvent(@case, syntax.Name) is not { } @event) return null;
        var filters = new List<BoundAttributeFilter>();
        foreach (var filter in syntax.Filters?.Items ?? [])
        {
            var attribute = AttributeNamed(@event, filter.Name.Text);
            if (attribute is null)
            {
                ReportUnknown(DiagnosticCatalogue.UnknownAttribute, filter.Name, @event.Attributes.Select(a => a.Name),
                    hint => [@event.Name, filter.Name.Text, hint]);
                return null;
            }
            Referenced(filter.Name, attribute);
            var index = IndexOfValue(attribute.Values, filter.Value.Text);
            if (index < 0)
            {
                var suggestion = NameSuggestions.Closest(filter.Value.Text, attribute.Values);
                Report(DiagnosticCatalogue.UnknownValue, At(filter.Value), null,
                    suggestion is null ? null : [new TextFix($"Change to '{suggestion}'", At(filter.Value), suggestion)],
                    filter.Value.Text, attribute.Name, string.Join(", ", attribute.Values));
                return null;
            }
            filters.Add(new BoundAttributeFilter(attribute, index, filter.NotKeyword is not null));
        }
        return new BoundEventReference(@event, filters);
    }

    private LegalDuration? BindDuration(PackSymbol pack, DurationSyntax syntax)
    {
        LegalDuration? duration;
        if (syntax.IsConstantReference)
        {
            var candidates = Visible(pack).SelectMany(p => p.Constants).ToList();
            var constant = candidates.FirstOrDefault(c => c.Name == syntax.NumberOrName.Text);
            if (constant is null)
            {
                ReportUnknown(DiagnosticCatalogue.UnknownName, syntax.NumberOrName, candidates.Select(c => c.Name),
                    hint => ["constant", syntax.NumberOrName.Text, hint]);
                return null;
            }
            Referenced(syntax.NumberOrName, constant);
            duration = constant.Value;
        }
        else
        {
            duration = BindDurationLiteral(syntax);
        }
        if (duration is { Unit: DurationUnit.Months } && pack.MonthRounding == MonthRounding.None)
            Report(DiagnosticCatalogue.MonthsWithoutRounding, At(syntax), pack.Name);
        return duration;
    }
}
