using System.Text;
using Safeguards.Compiler.Emit;
using Safeguards.Runtime;
using static Safeguards.Bench.Eval.Harness;

namespace Safeguards.Bench.Eval;

/// <summary>
/// What relative times cost (docs/performance.md, "Relative times"): records of 10, 50 and 200 events of the
/// benchmark's detention schema, once with every time absolute (no network is built) and once with each event
/// placed 1 to 3 hours after the previous one and every fifth also dated (a network of that many events, solved
/// when the record is read; the compiled pack then sends it to the judges). Per case: reading it, and evaluating
/// the eight safeguards.
/// </summary>
public static class NetworkBench
{
    public static int Run(int rounds)
    {
        var model = Packs.BuildModel(Packs.Folder);
        var built = Packs.Compile(model);
        IRulePack pack = PackLoader.Load(built.Assembly, built.Pdb);
        var reader = new CaseReader(pack.Schema);
        var types = pack.Schema.Cases[0].Events.Select(e => e.Name).ToArray();
        var asOf = new DateTimeOffset(2012, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        Console.WriteLine("| events | times | read (µs/case) | evaluate (µs/case) | network |");
        Console.WriteLine("|---:|---|---:|---:|---|");
        foreach (var size in new[] { 10, 50, 200 })
        {
            foreach (var relative in new[] { false, true })
            {
                var json = Encoding.UTF8.GetBytes(Record(types, size, relative));
                var record = reader.ReadJson(json, "bench.json").Record ?? throw new InvalidOperationException("the bench record does not read");
                var outcomes = new Outcome[pack.Safeguards.Count];
                var cases = size >= 200 ? (relative ? 20 : 2_000) : relative ? 500 : 10_000;
                var results = Measure(
                [
                    new Candidate("read", cases, n =>
                    {
                        long sink = 0;
                        for (var i = 0; i < n; i++) sink += reader.ReadJson(json, "bench.json").Record!.EventTypeCount;
                        return sink;
                    }),
                    new Candidate("evaluate", cases * 10, n =>
                    {
                        long sink = 0;
                        for (var i = 0; i < n; i++)
                        {
                            pack.Evaluate(record, asOf, outcomes);
                            sink += (long)outcomes[0];
                        }
                        return sink;
                    }),
                ], rounds, TimeSpan.FromSeconds(1));
                Console.WriteLine($"| {size} | {(relative ? "relative" : "absolute")} | {F(results[0].NsPerCase / 1000, 1)} | {F(results[1].NsPerCase / 1000, 2)} | {(record.Network is null ? "none" : $"{record.Network.Relations.Count} relations")} |");
            }
        }

        return 0;
    }

    /// <summary>One record of <paramref name="size"/> events over the schema's types in turn.</summary>
    private static string Record(string[] types, int size, bool relative)
    {
        var events = new List<string>();
        var start = new DateTimeOffset(2011, 12, 14, 9, 0, 0, TimeSpan.FromHours(6));
        for (var i = 0; i < size; i++)
        {
            var type = types[i % types.Length];
            string time;
            if (!relative)
            {
                time = $"\"{start.AddHours(2 * i):yyyy-MM-dd'T'HH:mm:sszzz}\"";
            }
            else if (i == 0)
            {
                time = "\"2011-12-14\"";
            }
            else
            {
                var dated = i % 5 == 0 ? $", \"at\": \"{start.AddHours(2 * i):yyyy-MM-dd}\"" : "";
                time = $"{{\"after\": \"e{i - 1}\", \"by\": {{\"atLeast\": \"1 hour\", \"atMost\": \"3 hours\"}}{dated}}}";
            }

            events.Add($"{{\"id\": \"e{i}\", \"type\": \"{type}\", \"time\": {time}}}");
        }

        return $"{{\"id\": \"bench\", \"schema\": \"detention\", \"facts\": {{}}, \"events\": [{string.Join(", ", events)}]}}";
    }
}
