using System.Text.RegularExpressions;

namespace Safeguards.Rules.Tests;

/// <summary>The seed catalogue, shared/domain/safeguards-catalogue.md: a folder beside the repository in CI
/// (a copy next to the clone), and beside an ancestor of it when the repository is a nested worktree.</summary>
public static partial class SeedCatalogue
{
    private const string RelativePath = "shared/domain/safeguards-catalogue.md";

    public static string Locate()
    {
        for (var dir = Directory.GetParent(BundledRules.RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RelativePath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"cannot find {RelativePath} beside the repository root {BundledRules.RepositoryRoot} or any folder above it");
    }

    /// <summary>The ids of the catalogue's items: the bold names opening the bullets of its lettered
    /// sections ("## A. Detention" ...), not the status codes or the code versions above them, nor the
    /// notes after them. "CRIM-TORT-NO-SOL / NO-AMNESTY / MAX-12Y" is three ids: a later name with fewer
    /// parts than the first replaces the first's last parts (CRIM-TORT-NO-AMNESTY).</summary>
    public static IReadOnlyList<string> ItemIds(string markdown)
    {
        var ids = new List<string>();
        var inItems = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal)) inItems = LetteredSection().IsMatch(line);
            if (!inItems) continue;
            var item = ItemLine().Match(line);
            if (!item.Success) continue;
            var names = item.Groups[1].Value.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var first = names[0].Split('-');
            ids.Add(names[0]);
            foreach (var name in names.Skip(1))
            {
                var parts = name.Split('-');
                ids.Add(parts[0] == first[0] ? name : string.Join('-', first.Take(first.Length - parts.Length).Concat(parts)));
            }
        }
        return ids;
    }

    [GeneratedRegex(@"^## [A-Z]\. ")]
    private static partial Regex LetteredSection();

    [GeneratedRegex(@"^- \*\*([A-Z0-9][A-Z0-9 /-]*)\*\*")]
    private static partial Regex ItemLine();
}
