using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Safeguards.LanguageServer.Tests;

/// <summary>Standard output belongs to the protocol.</summary>
public sealed class StdoutTests
{
    [Fact]
    public void No_source_file_but_the_startup_file_writes_to_the_console()
    {
        var folder = Path.Combine(Repo.Root, "lsp", "Safeguards.LanguageServer");
        var banned = new Regex(@"Console\s*\.\s*(Write|WriteLine|Out|OpenStandardOutput|SetOut)\b");
        var offenders = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => Path.GetFileName(f) != "Program.cs")
            .Where(f => banned.IsMatch(File.ReadAllText(f)))
            .ToList();
        offenders.ShouldBeEmpty("only Program.cs (the startup file) may touch Console output");
        File.ReadAllText(Path.Combine(folder, "Program.cs")).ShouldContain("Console.SetOut(log)");
    }

    [Fact]
    public async Task A_child_process_over_stdio_answers_with_protocol_messages_only()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Safeguards.LanguageServer.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var input = process.StandardInput.BaseStream;
        async Task Send(string json)
        {
            var body = Encoding.UTF8.GetBytes(json);
            await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            await input.WriteAsync(body);
            await input.FlushAsync();
        }
        await Send("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
        await Send("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        await Send("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/x.sg","languageId":"safeguards","version":1,"text":"pack p\nsafeguard X \"t\"\n  requires a within 3 hours after b\n"}}}""");
        var output = new StringBuilder();
        var reader = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
                lock (output) output.Append(buffer, 0, read);
        });
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            lock (output) if (output.ToString().Contains("publishDiagnostics")) break;
            await Task.Delay(50);
        }
        await Send("""{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}""");
        await Send("""{"jsonrpc":"2.0","method":"exit","params":null}""");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await reader.WaitAsync(TimeSpan.FromSeconds(10));
        process.ExitCode.ShouldBe(0, await stderr);

        // Every byte of standard output is a framed JSON-RPC message.
        var messages = new List<string>();
        var rest = output.ToString();
        while (rest.Length > 0)
        {
            var match = Regex.Match(rest, @"^Content-Length: (\d+)\r\n(?:[^\r\n]+\r\n)*\r\n");
            match.Success.ShouldBeTrue($"not a protocol message: {rest[..Math.Min(80, rest.Length)]}");
            var length = int.Parse(match.Groups[1].Value);
            var body = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(rest[match.Length..]), 0, length);
            messages.Add(body);
            rest = rest[(match.Length + body.Length)..];
        }
        messages.ShouldContain(m => m.Contains("\"id\":1") && m.Contains("capabilities"));
        messages.ShouldContain(m => m.Contains("textDocument/publishDiagnostics") && m.Contains("\"code\":\"SG"), string.Join("\n", messages));
    }
}
