using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nerdbank.Streams;
using Safeguards.LanguageServer.Server;
using StreamJsonRpc;

namespace Safeguards.LanguageServer.Tests;

/// <summary>A minimal LSP client, the way an editor talks to the server: JSON-RPC with Content-Length
/// framing over a pair of streams, the real server running in-process on the other end.</summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly JsonRpc rpc;
    private readonly LanguageServerHost? host;
    private readonly ConcurrentDictionary<string, List<JsonElement>> diagnostics = new();
    private readonly object gate = new();
    private event Action? DiagnosticsArrived;

    public StringWriter Log { get; private set; } = new();

    private LspClient(Stream clientStream, LanguageServerHost? host)
    {
        this.host = host;
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.Converters.Add(new AnyStringConverter()); // an editor's text can hold lone surrogates
        rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        rpc.AddLocalRpcTarget(new Notifications(this));
        rpc.StartListening();
    }

    public static async Task<LspClient> StartAsync(string? rootFolder = null, object? initializationOptions = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var log = new StringWriter();
        var host = new LanguageServerHost(serverStream, serverStream, TextWriter.Synchronized(log));
        host.Start();
        var client = new LspClient(clientStream, host) { Log = log };
        await client.InitializeAsync(rootFolder, initializationOptions ?? new { diagnosticsDelay = 0 });
        return client;
    }

    public async Task<JsonElement> InitializeAsync(string? rootFolder, object? initializationOptions)
    {
        var rootUri = rootFolder is null ? null : new Uri(Path.GetFullPath(rootFolder)).AbsoluteUri;
        var result = await RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri,
            workspaceFolders = rootUri is null ? null : new[] { new { uri = rootUri, name = "root" } },
            capabilities = new { },
            initializationOptions,
        });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public async Task<JsonElement> RequestAsync(string method, object parameters, CancellationToken cancellation = default)
    {
        var result = await rpc.InvokeWithParameterObjectAsync<JsonElement?>(method, parameters, cancellation);
        return result ?? default;
    }

    public Task NotifyAsync(string method, object parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "safeguards", version, text } });

    public Task ChangeAsync(string uri, int version, params object[] changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });

    public static object Replace(int startLine, int startCharacter, int endLine, int endCharacter, string text) => new
    {
        range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } },
        text,
    };

    private sealed class Notifications(LspClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters) => client.OnDiagnostics(parameters);

        [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(JsonElement parameters) => client.Log.WriteLine(parameters.ToString());
    }

    private void OnDiagnostics(JsonElement parameters)
    {
        var uri = parameters.GetProperty("uri").GetString()!;
        lock (gate) diagnostics.GetOrAdd(uri, _ => []).Add(parameters.Clone());
        DiagnosticsArrived?.Invoke();
    }

    /// <summary>Waits for a diagnostics notification for the document that satisfies the predicate (the latest one is checked first).</summary>
    public async Task<JsonElement> WaitForDiagnosticsAsync(string uri, Func<JsonElement, bool>? predicate = null, int? version = null,
        int timeoutMs = 20_000)
    {
        predicate ??= _ => true;
        bool Matches(JsonElement p) =>
            (version is null || (p.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == version))
            && predicate(p.GetProperty("diagnostics"));
        var signal = new SemaphoreSlim(0);
        void OnArrived() => signal.Release();
        DiagnosticsArrived += OnArrived;
        try
        {
            var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
            while (true)
            {
                lock (gate)
                {
                    if (diagnostics.TryGetValue(uri, out var list) && list.Count > 0 && Matches(list[^1])) return list[^1].GetProperty("diagnostics");
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                    throw new TimeoutException($"no matching diagnostics for {uri}; last: {LastDiagnostics(uri)}\nserver log:\n{Log}");
                await signal.WaitAsync(left);
            }
        }
        finally
        {
            DiagnosticsArrived -= OnArrived;
        }
    }

    public string LastDiagnostics(string uri)
    {
        lock (gate) return diagnostics.TryGetValue(uri, out var list) && list.Count > 0 ? list[^1].ToString() : "(none)";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync("shutdown", new { });
            await NotifyAsync("exit", new { });
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
        }
        rpc.Dispose();
        host?.Dispose();
    }
}

/// <summary>Test sources with a cursor marked by <c>$$</c> (the language itself uses <c>|</c>).</summary>
public static class Marked
{
    public const string Marker = "$$";

    public static (string Text, object Position) Parse(string marked)
    {
        var offset = marked.IndexOf(Marker, StringComparison.Ordinal);
        if (offset < 0) throw new ArgumentException("no cursor marker ($$) in the test source");
        var text = marked.Remove(offset, Marker.Length);
        var before = text[..offset];
        var line = before.Count(c => c == '\n');
        var character = offset - (before.LastIndexOf('\n') + 1);
        return (text, new { line, character });
    }
}

public static class Repo
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeguards.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    /// <summary>A fresh folder with copies of the kz rule files and a docs/diagnostics.md (for help links).</summary>
    public static string Workspace(bool withRules = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "sg-ls-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "docs"));
        File.WriteAllText(Path.Combine(folder, "docs", "diagnostics.md"), "# Diagnostics\n");
        if (withRules)
        {
            Directory.CreateDirectory(Path.Combine(folder, "rules"));
            foreach (var file in Directory.GetFiles(Path.Combine(Root, "rules", "kz"), "*.sg"))
                File.Copy(file, Path.Combine(folder, "rules", Path.GetFileName(file)));
        }
        return folder;
    }

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
