using Safeguards.Runtime;

namespace Safeguards.Cli.Report;

/// <summary>
/// The compact token the page's filters match on: "outcome.severity.safeguard" as numbers (the outcome
/// and severity enum values and the safeguard's position in the pack), so that ten thousand index rows
/// stay small. The page's filter controls carry the same numbers.
/// </summary>
public sealed class FindingKey
{
    private readonly Dictionary<string, int> index;

    public FindingKey(IReadOnlyList<SafeguardInfo> safeguards)
    {
        Safeguards = safeguards;
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < safeguards.Count; i++) index.TryAdd(safeguards[i].Id, i);
    }

    public IReadOnlyList<SafeguardInfo> Safeguards { get; }

    public string Of(Finding finding) =>
        $"{(int)finding.Outcome}.{(int)finding.Severity}.{(index.TryGetValue(finding.SafeguardId, out var i) ? i : -1)}";

    public SafeguardInfo? Find(string safeguardId) => index.TryGetValue(safeguardId, out var i) ? Safeguards[i] : null;
}
