// Embedding a built rule pack: read cases, evaluate them as of a time, use the fast path for counts
// and the rich path for the findings a lawyer reads.
// The pack's namespace (Safeguards.Packs.<pack names>) is a global using that Embedding.csproj derives from the built assembly.
using Safeguards.Runtime;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Embedding CASE-FILES-OR-FOLDERS... (.json or .jsonl)");
    return 2;
}

IRulePack pack = new CompiledRulePack();
var reader = new CaseReader(pack.Schema);
var asOf = DateTimeOffset.UtcNow.UtcTicks;
Span<Outcome> outcomes = stackalloc Outcome[pack.Safeguards.Count];
var violations = new int[pack.Safeguards.Count];

var files = args.SelectMany(a => Directory.Exists(a) ? Directory.GetFiles(a, "*.json*").Order() : (IEnumerable<string>)[a]);
foreach (var file in files)
{
    foreach (var result in reader.ReadFile(file))
    {
        if (result.Record is not { } record)
        {
            // Never drop a record silently: say which one could not be read, without its contents.
            foreach (var error in result.Errors) Console.WriteLine($"unreadable: {error}");
            continue;
        }

        // Fast path: one outcome per safeguard, no allocation.
        pack.Evaluate(record, asOf, outcomes);
        for (var i = 0; i < outcomes.Length; i++)
            if (outcomes[i] == Outcome.Violated) violations[i]++;

        // Rich path: findings with citations and evidence, for the cases someone will read.
        foreach (var finding in pack.Explain(record, asOf).Where(f => f.Outcome == Outcome.Violated))
        {
            var citation = finding.Citations.Select(c => c.Provision is null ? c.Source : $"{c.Source} {c.Provision}").FirstOrDefault();
            Console.WriteLine($"{record.Id}: {finding.SafeguardId} violated ({citation}): {finding.Evidence.Reason}");
        }
    }
}

Console.WriteLine();
Console.WriteLine("Violations by safeguard:");
for (var i = 0; i < violations.Length; i++)
    if (violations[i] > 0) Console.WriteLine($"  {pack.Safeguards[i].Id,-24} {violations[i]}");
return 0;
