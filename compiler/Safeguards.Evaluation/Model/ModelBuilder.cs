using Safeguards.Language.Semantics;
using Safeguards.Runtime;

namespace Safeguards.Evaluation.Model;

/// <summary>Lowers a compilation to an <see cref="EvaluationModel"/>. Only safeguards that bound without
/// error take part; a compilation with no evaluable safeguard is refused with a message. Packs of
/// different time zones are evaluated together, each safeguard in its own pack's zone.</summary>
public static class ModelBuilder
{
    public static bool TryBuild(Compilation compilation, out EvaluationModel? model, out string? error)
    {
        model = null;
        // In source order (file path, then position), not in the order the files were given: the same sources
        // must give the same model, and so byte-identical compiled packs, however they were loaded.
        var safeguards = compilation.Safeguards.Where(s => s.IsComplete)
            .OrderBy(s => s.Location?.Source.Path, StringComparer.Ordinal).ThenBy(s => s.Location?.Span.Start ?? 0).ToList();
        if (safeguards.Count == 0)
        {
            error = "no safeguard can be evaluated: the rule files declare none, or every one has errors (run 'safeguards check')";
            return false;
        }
        // Each pack keeps its own zone (issue #12): the first in source order is the set's primary one.
        var zones = safeguards.Select(s => s.Pack.TimeZoneId).Distinct().ToList();
        if (zones.Any(z => z is null))
        {
            error = "the packs declare no time zone";
            return false;
        }
        var zoneInfos = new List<TimeZoneInfo>();
        foreach (var id in zones)
        {
            try
            {
                zoneInfos.Add(TimeZoneInfo.FindSystemTimeZoneById(id!));
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                error = $"unknown time zone '{id}'";
                return false;
            }
        }

        var cases = safeguards.Select(s => s.Case!).Distinct().ToList();
        var duplicate = cases.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            error = $"two packs declare a case named '{duplicate.Key}'; evaluate them separately";
            return false;
        }
        var caseSchemas = cases.Select(ToSchema).ToList();
        var packName = string.Join("+", safeguards.Select(s => s.Pack.Name).Distinct());
        var rounding = safeguards.Select(s => s.Pack.MonthRounding).FirstOrDefault(r => r != MonthRounding.None);
        var schema = new PackSchema(packName, zones[0]!, caseSchemas, rounding, [.. zones.Skip(1).Select(z => z!)]);
        var calendars = new Dictionary<(int Zone, MonthRounding Rounding), LegalCalendar>();
        LegalCalendar CalendarFor(int zone, MonthRounding r) =>
            calendars.TryGetValue((zone, r), out var c) ? c : calendars[(zone, r)] = new LegalCalendar(zoneInfos[zone], r);

        var plans = safeguards.Select(s =>
        {
            var zone = zones.IndexOf(s.Pack.TimeZoneId);
            return Plan(s, cases.IndexOf(s.Case!), zone, CalendarFor(zone, s.Pack.MonthRounding));
        }).ToList();
        model = new EvaluationModel(schema, plans);
        error = null;
        return true;
    }

    private static CaseSchema ToSchema(CaseSymbol @case) => new(
        @case.Name,
        [.. @case.Events.Select(e => new EventType(e.Name, e.Index,
            [.. e.Attributes.Select(a => new AttributeDefinition(a.Name, a.Values))], e.RefersTo?.Index ?? -1, e.Required))],
        [.. @case.Facts.Select(f => new FactDefinition(f.Name, f.Index, f.Type, f.Values))]);

    private static SafeguardPlan Plan(SafeguardSymbol safeguard, int caseIndex, int zoneIndex, LegalCalendar calendar)
    {
        var requirements = safeguard.Requirements.Select((r, i) => Plan(r, i)).ToList();
        var referenced = requirements.SelectMany(r => r switch
        {
            DeadlinePlan d => d.Targets.Select(t => t.EventIndex).Append(d.Anchor.EventIndex),
            CountPlan c => c.Anchor is null ? [c.Target.EventIndex] : [c.Target.EventIndex, c.Anchor.EventIndex],
            _ => [],
        });
        var required = referenced.Distinct().Where(i => safeguard.Case!.Events[i].Required).Order().ToList();
        // A missing trigger that the case must record says the record is incomplete, not that the rule cannot apply.
        var requiredTriggers = requirements.Select(r => r switch
        {
            DeadlinePlan d => d.Anchor.EventIndex,
            CountPlan c => c.Anchor?.EventIndex ?? -1,
            _ => throw new InvalidOperationException($"unknown requirement plan {r.GetType().Name}"),
        }).Where(i => i >= 0 && safeguard.Case!.Events[i].Required).Distinct().Order().ToList();
        var period = safeguard.ApplicablePeriod;
        var info = new SafeguardInfo(
            safeguard.Name, safeguard.Title, safeguard.Case!.Name, safeguard.Severity, safeguard.Status, safeguard.Category,
            [.. safeguard.Citations.Select(c => new Citation(c.Source.Name, c.Source.Title, c.Article?.Name, c.Period.From, c.Period.Until,
                c.Article?.Designation, c.Source.Court, c.Source.Decided))],
            [.. safeguard.Requirements.Select(Describe)],
            period.From, period.Until, safeguard.Because, safeguard.MessageTemplate, safeguard.Seed,
            safeguard.Location?.Source.Path, (safeguard.Location?.Start.Line ?? -1) + 1, safeguard.Pack.TimeZoneId);
        return new SafeguardPlan(info, caseIndex, zoneIndex, calendar, safeguard.Pack.MonthRounding, safeguard.Condition, requirements, required, requiredTriggers,
            InForce.StartTicks(calendar, period.From, long.MinValue), InForce.StartTicks(calendar, period.Until, long.MaxValue), safeguard);
    }

    private static RequirementPlan Plan(BoundRequirement requirement, int index) => requirement switch
    {
        BoundDeadlineRequirement d => new DeadlinePlan(index, [.. d.Targets.Select(Plan)], Plan(d.Anchor), d.Timing,
            d.Duration ?? default, d.Each, d.PairByReference),
        BoundCountRequirement c => new CountPlan(index, c.Maximum, Plan(c.Target), c.Anchor is null ? null : Plan(c.Anchor)),
        _ => throw new InvalidOperationException($"unknown requirement {requirement.GetType().Name}"),
    };

    private static EventPlan Plan(BoundEventReference reference) =>
        new(reference.Event.Index, [.. reference.Filters.Select(f => new AttributeFilter(f.Attribute.Index, f.ValueIndex, f.Negated))]);

    private static RequirementInfo Describe(BoundRequirement requirement) => requirement switch
    {
        BoundDeadlineRequirement d => new RequirementInfo(d.Describe(), d.Duration?.ToString(), d.Anchor.Event.Name,
            string.Join(" or ", d.Targets.Select(t => t.Event.Name)),
            d.Duration is { Family: DurationFamily.Exact } ? DurationScale.Hours : DurationScale.Days),
        BoundCountRequirement c => new RequirementInfo(c.Describe(), $"at most {c.Maximum}", (c.Anchor ?? c.Target).Event.Name, c.Target.Event.Name),
        _ => new RequirementInfo(requirement.ToString() ?? "", null, "", ""),
    };
}
