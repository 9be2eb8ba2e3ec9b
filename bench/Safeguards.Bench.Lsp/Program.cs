using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nerdbank.Streams;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;
using Safeguards.LanguageServer.Server;
using StreamJsonRpc;

// Language server latency, measured the way an editor sees it: a client on one end of a duplex stream,
// the real server (in-process) on the other. Not a test: run it in Release and read the numbers.
//   dotnet run -c Release --project bench/Safeguards.Bench.Lsp [iterations] [--sizes 1000,5000,20000] [--debounce 0,30]
// Each size also gets a breakdown of one full analysis in process (lex, parse, bind), where the time of an edit goes.
var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100;
int[] sizes = Option("--sizes") is { } sizeList ? [.. sizeList.Split(',').Select(int.Parse)] : [5000];
int[] delays = Option("--debounce") is { } delayList ? [.. delayList.Split(',').Select(int.Parse)] : [0, 30];
Console.WriteLine($"{iterations} iterations; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
foreach (var size in sizes) await RunSize(size);
Console.WriteLine($"load average at the end: {LoadAverage()}");

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

async Task RunSize(int size)
{
    var folder = Path.Combine(Path.GetTempPath(), "sg-bench-" + Guid.NewGuid().ToString("N")[..8]);
    Directory.CreateDirectory(folder);
    var pack = Generate(size);
    var path = Path.Combine(folder, "big.sg");
    File.WriteAllText(path, pack);
    var uri = new Uri(path).AbsoluteUri;
    Console.WriteLine();
    Console.WriteLine($"pack: {pack.Split('\n').Length - 1} lines, {pack.Length / 1024} KiB");
    Stages(uri, pack);

    foreach (var delay in delays)
    {
        await using var client = await Client.StartAsync(folder, delay);
        await client.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "safeguards", version = 1, text = pack } });
        await client.WaitForVersion(1);
        var version = 1;

        // Warm-up, then diagnostics after an edit: time from sending didChange to receiving its diagnostics.
        var diagnostics = new List<double>();
        for (var i = 0; i < iterations + 10; i++)
        {
            version++;
            var insert = version % 2 == 0;
            var edit = new { range = Range(4, 3, 4, insert ? 3 : 4), text = insert ? "x" : "" }; // inside a comment on line 5
            var watch = Stopwatch.StartNew();
            await client.Notify("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { edit } });
            await client.WaitForVersion(version);
            if (i >= 10) diagnostics.Add(watch.Elapsed.TotalMilliseconds);
        }
        Report($"diagnostics after an edit (debounce {delay} ms)", diagnostics);

        if (delay != 0) continue;
        // Completion in a requires clause: on a compiled snapshot, and right after an edit (includes the compile).
        var requiresLine = pack.Split('\n').Select((l, i) => (l, i)).First(p => p.l.StartsWith("  requires ", StringComparison.Ordinal)).i;
        var position = new { line = requiresLine, character = "  requires ".Length };
        var warm = new List<double>();
        var afterEdit = new List<double>();
        for (var i = 0; i < iterations + 10; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = await client.Request("textDocument/completion", new { textDocument = new { uri }, position });
            if (i >= 10) warm.Add(watch.Elapsed.TotalMilliseconds);
            if (result.GetProperty("items").GetArrayLength() == 0) throw new InvalidOperationException("completion returned nothing");

            version++;
            var insert = version % 2 == 0;
            await client.Notify("textDocument/didChange", new { textDocument = new { uri, version },
                contentChanges = new[] { new { range = Range(4, 3, 4, insert ? 3 : 4), text = insert ? "x" : "" } } });
            watch.Restart();
            await client.Request("textDocument/completion", new { textDocument = new { uri }, position });
            if (i >= 10) afterEdit.Add(watch.Elapsed.TotalMilliseconds);
        }
        Report("completion in a requires clause (compiled)", warm);
        Report("completion right after an edit (includes the compile)", afterEdit);
    }
    try { Directory.Delete(folder, true); } catch (IOException) { }
}

// One full analysis of the pack in process, stage by stage (median of 15 after 5 warm-ups): where an edit's time goes.
static void Stages(string uri, string pack)
{
    var source = new SourceText(uri, pack);
    var tree = Parser.Parse(source);
    double Median(Action action)
    {
        for (var i = 0; i < 5; i++) action();
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
    var lex = Median(() => Lexer.Lex(source));
    var parse = Median(() => Parser.Parse(source));
    var bind = Median(() => Compilation.Create([tree]));
    Console.WriteLine($"in process: lex {lex:F1} ms, parse (incl. lex) {parse:F1} ms, bind {bind:F1} ms");
}

static string LoadAverage()
{
    try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
    catch (IOException) { return "unknown"; }
}

static object Range(int l1, int c1, int l2, int c2) => new { start = new { line = l1, character = c1 }, end = new { line = l2, character = c2 } };

static void Report(string name, List<double> samples)
{
    samples.Sort();
    double P(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
    Console.WriteLine($"{name,-58} p50 {P(0.50),7:F1} ms   p95 {P(0.95),7:F1} ms   max {samples[^1],7:F1} ms");
}

static string Generate(int lines)
{
    var text = new StringBuilder();
    text.Append("pack bench.big \"A generated pack\"\n  jurisdiction KZ\n  time zone \"Asia/Almaty\"\n  round months down\n// a comment line the benchmark edits\n\n");
    text.Append("source CODE \"A code\"\n  status binding\n  in force from 2000-01-01\n\n");
    for (var a = 1; a <= 50; a++) text.Append($"article CODE {a}.1 \"Article {a}\"\n  \"\"\"The text of article {a}.\n  Second line.\"\"\"\n\n");
    text.Append("case detention \"A detention\"\n");
    for (var e = 0; e < 20; e++) text.Append($"  event e{e} \"event number {e}\"\n");
    text.Append("  fact kind \"the kind\": criminal | administrative\n  fact age: number\n\nlet limit = 72 hours\n\n");
    var i = 0;
    var count = text.ToString().Count(c => c == '\n'); // once: counting per safeguard made generating 20k lines quadratic
    for (; count < lines - 9; count += 8)
    {
        text.Append($"// safeguard number {i}\nsafeguard GEN-{i} \"Generated safeguard {i}\"\n  cites CODE article {i % 50 + 1}.1\n")
            .Append($"  applies to detention when kind is criminal and age is at least 18\n")
            .Append($"  requires e{i % 19 + 1} within {i % 5 + 1} {(i % 3 == 0 ? "days" : "hours")} after e0\n")
            .Append("  category detention\n  because \"Generated.\"\n\n");
        i++;
    }
    return text.ToString();
}

internal sealed class Client : IAsyncDisposable
{
    private readonly JsonRpc rpc;
    private readonly LanguageServerHost host;
    private readonly Dictionary<int, TaskCompletionSource> waiters = [];
    private int published;

    private Client(JsonRpc rpc, LanguageServerHost host)
    {
        this.rpc = rpc;
        this.host = host;
    }

    public static async Task<Client> StartAsync(string folder, int delay)
    {
        var (a, b) = FullDuplexStream.CreatePair();
        var host = new LanguageServerHost(b, b, TextWriter.Null);
        host.Start();
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(a, a, formatter));
        var client = new Client(rpc, host);
        rpc.AddLocalRpcTarget(new Target(client));
        rpc.StartListening();
        await client.Request("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(folder).AbsoluteUri, capabilities = new { },
            initializationOptions = new { diagnosticsDelay = delay } });
        await client.Notify("initialized", new { });
        return client;
    }

    private sealed class Target(Client client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(JsonElement parameters)
        {
            if (!parameters.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number) return;
            lock (client.waiters)
            {
                client.published = Math.Max(client.published, v.GetInt32());
                foreach (var key in client.waiters.Keys.Where(k => k <= client.published).ToList())
                {
                    client.waiters[key].TrySetResult();
                    client.waiters.Remove(key);
                }
            }
        }
    }

    public Task WaitForVersion(int version)
    {
        lock (waiters)
        {
            if (published >= version) return Task.CompletedTask;
            if (!waiters.TryGetValue(version, out var source)) waiters[version] = source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return source.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    public async Task<JsonElement> Request(string method, object parameters) =>
        await rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters);

    public Task Notify(string method, object parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    public async ValueTask DisposeAsync()
    {
        await Request("shutdown", new { });
        await Notify("exit", new { });
        rpc.Dispose();
        host.Dispose();
    }
}
