using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Safeguards.LanguageServer.Tests;

/// <summary>Requests that used to freeze or exhaust the server: it reads only regular files and at most
/// the CLI's 16 MiB, does not analyse a document over that limit, caps diagnostics per file, and keeps
/// answering while a compilation runs.</summary>
public sealed class ResourceLimitTests : ServerTest
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60); // a hang fails instead of blocking the run

    private Task<JsonElement> EvaluateAsync(string casePath) =>
        Client.RequestAsync("safeguards/evaluate", new { textDocument = new { uri = Uri }, caseUri = Repo.Uri(casePath) });

    [Fact]
    public async Task Evaluate_on_a_fifo_is_refused_and_does_not_block_the_server()
    {
        if (OperatingSystem.IsWindows()) return; // no FIFOs
        var fifo = Path.Combine(Folder, "case.json");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();
        await Client.OpenAsync(Uri, Pack);
        var error = await Should.ThrowAsync<StreamJsonRpc.RemoteInvocationException>(() => EvaluateAsync(fifo).WaitAsync(Guard));
        error.Message.ShouldContain("not a regular file");
        (await Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }).WaitAsync(Guard)).GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Evaluate_on_a_symbolic_link_to_a_fifo_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        var fifo = Path.Combine(Folder, "pipe");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync();
        var link = Path.Combine(Folder, "case.json");
        File.CreateSymbolicLink(link, fifo);
        await Client.OpenAsync(Uri, Pack);
        var error = await Should.ThrowAsync<StreamJsonRpc.RemoteInvocationException>(() => EvaluateAsync(link).WaitAsync(Guard));
        error.Message.ShouldContain("not a regular file");
    }

    [Fact]
    public async Task Evaluate_on_dev_zero_is_refused()
    {
        if (!File.Exists("/dev/zero")) return;
        await Client.OpenAsync(Uri, Pack);
        var error = await Should.ThrowAsync<StreamJsonRpc.RemoteInvocationException>(() => EvaluateAsync("/dev/zero").WaitAsync(Guard));
        error.Message.ShouldContain("not a regular file");
    }

    [Fact]
    public async Task Evaluate_on_a_case_file_over_16_MiB_is_refused_without_reading_it()
    {
        var big = Path.Combine(Folder, "big.json");
        using (var file = File.Create(big)) file.SetLength(16L * 1024 * 1024 + 1);
        await Client.OpenAsync(Uri, Pack);
        var error = await Should.ThrowAsync<StreamJsonRpc.RemoteInvocationException>(() => EvaluateAsync(big).WaitAsync(Guard));
        error.Message.ShouldContain("larger than 16 MiB");
    }

    [Fact]
    public async Task A_document_over_16_MiB_is_kept_in_sync_but_not_analysed()
    {
        var uri = Repo.Uri(Path.Combine(Folder, "rules", "huge.sg"));
        var line = "let l = 3 hours // padding padding padding padding padding\n";
        var text = "pack kz.huge\n" + string.Concat(Enumerable.Repeat(line, 16 * 1024 * 1024 / line.Length + 10));
        await Client.OpenAsync(uri, text);
        var diagnostics = await Client.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() == 1, timeoutMs: 60_000);
        diagnostics[0].GetProperty("message").GetString()!.ShouldContain("larger than 16 MiB");
        var hover = await Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 1, character = 5 } }).WaitAsync(Guard);
        hover.ValueKind.ShouldBe(JsonValueKind.Undefined); // null: nothing analysed
        var server = await Client.RequestAsync("safeguards/documentText", new { textDocument = new { uri } });
        server.GetProperty("text").GetString()!.Length.ShouldBe(text.Length);
    }

    [Fact]
    public async Task Diagnostics_are_capped_per_file_and_the_last_says_how_many_more()
    {
        var uri = Repo.Uri(Path.Combine(Folder, "rules", "many.sg"));
        var text = new StringBuilder("pack kz.many\n");
        for (var i = 0; i < 3000; i++) text.Append("let x").Append(i).Append(" = 3 lightyears\n");
        await Client.OpenAsync(uri, text.ToString());
        var diagnostics = await Client.WaitForDiagnosticsAsync(uri, d => d.GetArrayLength() > 0, timeoutMs: 60_000);
        diagnostics.GetArrayLength().ShouldBe(1000);
        diagnostics[999].GetProperty("message").GetString()!.ShouldContain("more problem(s) in this file are not shown");
    }

    [Fact]
    public async Task Requests_are_answered_while_a_compilation_runs()
    {
        var uri = Repo.Uri(Path.Combine(Folder, "rules", "slow.sg"));
        var text = "pack kz.slow\n" + string.Concat(Enumerable.Range(0, 150_000).Select(i => $"let slow{i} = {i % 100 + 1} hours\n"));
        await Client.OpenAsync(uri, text);
        // The hover needs the compilation (seconds for 150,000 declarations); the documentText request after it does not.
        var hover = Client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 1, character = 5 } });
        var copy = Client.RequestAsync("safeguards/documentText", new { textDocument = new { uri } });
        var first = await Task.WhenAny(hover, copy).WaitAsync(Guard);
        first.ShouldBe(copy, "a request that needs no compilation is answered while the compilation runs");
        await hover.WaitAsync(Guard);
    }
}
