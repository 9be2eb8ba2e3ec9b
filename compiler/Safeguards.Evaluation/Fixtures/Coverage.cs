using Safeguards.Runtime;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Evaluation.Fixtures;

/// <summary>Which safeguards and legal provisions the fixtures exercise, and which outcomes of each
/// safeguard no fixture has shown.</summary>
public sealed record SafeguardCoverage(SafeguardInfo Safeguard, IReadOnlySet<Outcome> Seen, IReadOnlyList<Outcome> Possible)
{
    public IEnumerable<Outcome> Unseen => Possible.Where(o => !Seen.Contains(o));
}

public sealed record ProvisionCoverage(string Provision, IReadOnlyList<string> Safeguards, bool Exercised);

public sealed record CoverageReport(IReadOnlyList<SafeguardCoverage> Safeguards, IReadOnlyList<ProvisionCoverage> Provisions)
{
    public static CoverageReport Compute(PackPlan model, IEnumerable<FixtureResult> results)
    {
        var seen = new Dictionary<string, HashSet<Outcome>>(StringComparer.Ordinal);
        foreach (var (_, finding) in results.SelectMany(r => r.Checked))
        {
            if (!seen.TryGetValue(finding.SafeguardId, out var set)) seen[finding.SafeguardId] = set = [];
            set.Add(finding.Outcome);
        }
        var safeguards = model.Safeguards
            .Select(p => new SafeguardCoverage(p.Info, seen.GetValueOrDefault(p.Info.Id) ?? [], PossibleOutcomes(p)))
            .ToList();
        var provisions = model.Safeguards
            .SelectMany(p => p.Info.Citations.Select(c => (Provision: c.Provision is null ? c.Source : $"{c.Source} {c.Provision}", p.Info.Id)))
            .GroupBy(x => x.Provision)
            .Select(g => new ProvisionCoverage(g.Key, [.. g.Select(x => x.Id).Distinct()], g.Any(x => seen.ContainsKey(x.Id))))
            .OrderBy(p => p.Provision, StringComparer.Ordinal)
            .ToList();
        return new CoverageReport(safeguards, provisions);
    }

    /// <summary>The outcomes a safeguard can produce at all, judged from its plan: a safeguard that
    /// only counts events can never be pending, one without conditions or time limits on the law
    /// never "not applicable" for its own schema, and so on.</summary>
    public static IReadOnlyList<Outcome> PossibleOutcomes(SafeguardPlan plan)
    {
        var possible = new HashSet<Outcome> { Outcome.Satisfied, Outcome.Violated };
        if (plan.Condition is not null) possible.Add(Outcome.NotApplicable);
        if (plan.MayLackData) possible.Add(Outcome.InsufficientData);
        foreach (var requirement in plan.Requirements) possible.UnionWith(requirement.Accept(PossibleOfRequirement.Instance));
        return [.. possible.OrderBy(o => o)];
    }

    /// <summary>What each requirement kind can answer besides satisfied and violated.</summary>
    private sealed class PossibleOfRequirement : IRequirementPlanVisitor<IEnumerable<Outcome>>
    {
        public static readonly PossibleOfRequirement Instance = new();

        public IEnumerable<Outcome> VisitDeadline(DeadlinePlan deadline) =>
            [Outcome.NotApplicable, Outcome.Pending, Outcome.InsufficientData, Outcome.Indeterminate];

        public IEnumerable<Outcome> VisitCount(CountPlan count) =>
            count.LimitedInTime ? [Outcome.Indeterminate] : [];

        public IEnumerable<Outcome> VisitRecurring(RecurringPlan recurring) =>
            [Outcome.NotApplicable, Outcome.Pending, Outcome.InsufficientData, Outcome.Indeterminate];

        public IEnumerable<Outcome> VisitWait(WaitPlan wait) =>
            [Outcome.NotApplicable, Outcome.Pending, Outcome.InsufficientData, Outcome.Indeterminate];
    }
}
