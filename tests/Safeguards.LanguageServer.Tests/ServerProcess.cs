using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Safeguards.LanguageServer.Tests;

/// <summary>The real server as a child process over standard input and output, spoken to in raw bytes
/// (so a test can send frames no well-behaved client would), with every message it answers collected.</summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly List<JsonElement> messages = [];
    private readonly SemaphoreSlim arrived = new(0);
    private readonly Task reading;
    private readonly Task<string> stderr;

    private ServerProcess()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Safeguards.LanguageServer.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        process = Process.Start(start)!;
        input = process.StandardInput.BaseStream;
        stderr = process.StandardError.ReadToEndAsync();
        reading = Task.Run(ReadMessagesAsync);
    }

    public static ServerProcess Start() => new();

    /// <summary>Starts a server and initializes it.</summary>
    public static async Task<ServerProcess> StartInitializedAsync()
    {
        var server = Start();
        await server.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
        await server.ResponseAsync("1");
        await server.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        return server;
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Sends one well-formed frame.</summary>
    public Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        return SendRawAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    public async Task SendRawAsync(byte[] bytes)
    {
        await input.WriteAsync(bytes);
        await input.FlushAsync();
    }

    /// <summary>The response whose id has this JSON text (<c>"7"</c>, <c>"\"a\""</c>, <c>"null"</c>), waiting for it.</summary>
    public Task<JsonElement> ResponseAsync(string idJson, int timeoutMs = 30_000) =>
        WaitForAsync(m => m.TryGetProperty("id", out var id) && id.GetRawText() == idJson && !m.TryGetProperty("method", out _),
            $"a response with id {idJson}", timeoutMs);

    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> predicate, string what, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            lock (messages)
            {
                foreach (var message in messages)
                    if (predicate(message)) return message;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || (process.HasExited && reading.IsCompleted))
                throw new TimeoutException($"no {what}; the server {(process.HasExited ? $"exited with {process.ExitCode}" : "is running")}; "
                    + $"messages: {string.Join("\n", Messages.Select(m => m.ToString()))}");
            await arrived.WaitAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }

    public IReadOnlyList<JsonElement> Messages
    {
        get { lock (messages) return [.. messages]; }
    }

    /// <summary>Closes standard input and returns the exit code and the log (standard error).</summary>
    public async Task<(int ExitCode, string Log)> ExitAsync()
    {
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (process.ExitCode, await stderr);
    }

    private async Task ReadMessagesAsync()
    {
        var output = process.StandardOutput.BaseStream;
        var buffer = new List<byte>();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await output.ReadAsync(chunk)) > 0)
        {
            buffer.AddRange(chunk.AsSpan(0, read));
            while (true)
            {
                var text = Encoding.ASCII.GetString([.. buffer.Take(Math.Min(buffer.Count, 256))]);
                var match = HeaderPattern().Match(text);
                if (!match.Success) break;
                var length = int.Parse(match.Groups[1].Value);
                if (buffer.Count < match.Length + length) break;
                var body = buffer.GetRange(match.Length, length).ToArray();
                buffer.RemoveRange(0, match.Length + length);
                using var document = JsonDocument.Parse(body);
                lock (messages) messages.Add(document.RootElement.Clone());
                arrived.Release();
            }
        }
        arrived.Release();
    }

    [GeneratedRegex(@"^Content-Length: (\d+)\r\n\r\n")]
    private static partial Regex HeaderPattern();

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
