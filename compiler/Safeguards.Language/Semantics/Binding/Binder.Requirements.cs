using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;

namespace Safeguards.Language.Semantics;

internal sealed partial class Binder
{
    // Null only after a diagnostic: each part that fails to bind reports its own.
    private BoundRequirement? BindRequirement(PackSymbol pack, CaseSymbol @case, RequirementSyntax syntax) => syntax.Match<BoundRequirement?>(
        deadline: deadline => BindDeadline(pack, @case, deadline),
        count: count => BindCount(@case, count));

    private BoundCountRequirement? BindCount(CaseSymbol @case, CountRequirementSyntax count)
    {
        var maximum = ParseNumber(count.Number);
        var counted = BindEventReference(@case, count.Target);
        var after = count.Anchor is null ? null : BindEventReference(@case, count.Anchor);
        if (maximum is null || counted is null || (count.Anchor is not null && after is null)) return null;
        return new BoundCountRequirement(count, maximum.Value, counted, after);
    }

    private BoundDeadlineRequirement? BindDeadline(PackSymbol pack, CaseSymbol @case, DeadlineRequirementSyntax deadline)
    {
        var targets = deadline.Targets.Items.Select(t => BindEventReference(@case, t)).ToList();
        var anchor = BindEventReference(@case, deadline.Anchor);
        LegalDuration? duration = deadline.Timing.Duration is { } durationSyntax ? BindDuration(pack, durationSyntax) : null;
        if ((deadline.EachTarget is null) != (deadline.EachAnchor is null))
            Report(DiagnosticCatalogue.EachOnOneSide, At((SyntaxToken?)deadline.EachTarget ?? deadline.EachAnchor!));
        if (targets.Any(t => t is null) || anchor is null || (deadline.Timing.Duration is not null && duration is null)) return null;
        var each = deadline.EachTarget is not null && deadline.EachAnchor is not null;
        var byReference = each && targets.All(t => t!.Event.RefersTo == anchor.Event);
        return new BoundDeadlineRequirement(deadline, targets!, deadline.Timing.Kind, duration, anchor, each, byReference);
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
