using Safeguards.Runtime;

namespace Safeguards.Evaluation.Fixtures;

/// <summary>What fixtures may name: the packs and safeguards of the rule files, and the pack's time
/// zone (a date in a fixture is the whole day there, as in case data).</summary>
public sealed record FixtureVocabulary(IReadOnlyCollection<string> PackNames, IReadOnlyCollection<string> SafeguardIds, TimeZoneInfo Zone)
{
    public static FixtureVocabulary Of(IEnumerable<string> packNames, IRulePack pack) =>
        new(packNames.ToHashSet(StringComparer.Ordinal), pack.Safeguards.Select(s => s.Id).ToHashSet(StringComparer.Ordinal), pack.Schema.Calendar.Zone);
}
