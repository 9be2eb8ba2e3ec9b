using Safeguards.Evaluation;
using Safeguards.Evaluation.Batch;
using Safeguards.Runtime;

namespace Safeguards.Cli.Output;

/// <summary>Case ids seen more than once in one run (the same case in a .json file and a batch, say):
/// each is evaluated and counted every time, so the totals would silently count it twice. The run
/// warns with both places and says so under the totals.</summary>
public sealed class RepeatedCaseIds
{
    private readonly Dictionary<string, string> firstPlace = new(StringComparer.Ordinal);
    private readonly List<(string Id, string First, string Again)> repeats = [];

    public int Count => repeats.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count();

    public void Add(BatchItem item)
    {
        var record = item switch
        {
            EvaluatedCase evaluated => evaluated.Record,
            OutcomesCase fast => fast.Record,
            _ => null,
        };
        if (record is null || record.Id.Length == 0) return;
        if (firstPlace.TryGetValue(record.Id, out var first)) repeats.Add((record.Id, first, Place(record)));
        else firstPlace[record.Id] = Place(record);
    }

    /// <summary>One warning per repeated id, on stderr.</summary>
    public void WriteWarnings(CliConsole console, string command)
    {
        foreach (var group in repeats.GroupBy(r => r.Id, StringComparer.Ordinal))
        {
            var places = string.Join(", ", group.Select(r => r.Again).Prepend(group.First().First));
            console.Error.WriteLine($"safeguards {command}: warning: case '{TerminalText.Clean(group.Key)}' appears {group.Count() + 1} times ({places}); "
                + "it is evaluated and counted each time");
        }
    }

    /// <summary>The line under the totals; empty when every id is unique.</summary>
    public string Summary => Count == 0 ? "" :
        $"{Count} case id(s) appear more than once, and the totals count each appearance ({repeats.Count} repeat(s)); see the warnings.";

    private static string Place(CaseRecord record) =>
        record.SourceFile is null ? "?" : $"{TerminalText.Clean(CliConsole.Display(record.SourceFile))}:{Math.Max(1, record.SourceLine)}";
}
