using System.Text.Json;

namespace Safeguards.LanguageServer.Tests;

public sealed class DiagnosticsTests : ServerTest
{
    [Fact]
    public async Task Publishes_codes_help_links_and_fixes_them_after_an_incremental_edit()
    {
        var text = Pack.Replace("requires registered within", "requires registred within");
        await Client.OpenAsync(Uri, text);
        var diagnostics = await Client.WaitForDiagnosticsAsync(Uri, d => d.GetArrayLength() > 0, version: 1);
        var typo = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "SG2005");
        typo.GetProperty("message").GetString()!.ShouldContain("Did you mean 'registered'?");
        typo.GetProperty("severity").GetInt32().ShouldBe(1);
        var href = typo.GetProperty("codeDescription").GetProperty("href").GetString()!;
        href.ShouldStartWith("file://");
        href.ShouldEndWith("docs/diagnostics.md#sg2005");
        File.Exists(new Uri(href).LocalPath).ShouldBeTrue();

        // Fix it with a ranged change, as an editor sends it: insert the missing 'e'.
        var start = typo.GetProperty("range").GetProperty("start");
        var line = start.GetProperty("line").GetInt32();
        var character = start.GetProperty("character").GetInt32() + "regist".Length;
        await Client.ChangeAsync(Uri, 2, LspClient.Replace(line, character, line, character, "e"));
        var after = await Client.WaitForDiagnosticsAsync(Uri, version: 2);
        after.GetArrayLength().ShouldBe(0, Client.LastDiagnostics(Uri));
    }

    [Fact]
    public async Task Reports_related_locations()
    {
        await Client.OpenAsync(Uri, Pack.Replace("  severity error\n", "  severity error\n  severity warning\n"));
        var diagnostics = await Client.WaitForDiagnosticsAsync(Uri, d => d.GetArrayLength() > 0);
        var duplicate = diagnostics.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "SG4007");
        var related = duplicate.GetProperty("relatedInformation")[0];
        related.GetProperty("message").GetString().ShouldBe("first given here");
        related.GetProperty("location").GetProperty("uri").GetString().ShouldBe(Uri);
    }

    [Fact]
    public async Task Cross_file_imports_resolve_from_the_workspace_folder()
    {
        await Client.OpenAsync(Uri, Pack);
        var diagnostics = await Client.WaitForDiagnosticsAsync(Uri);
        diagnostics.GetArrayLength().ShouldBe(0, Client.LastDiagnostics(Uri));
    }

    [Fact]
    public async Task Survives_garbage_and_half_typed_declarations()
    {
        await Client.OpenAsync(Uri, "pack kz.x\nsafeguard\n  requires within after\n  cites\n\"unterminated\n@@@ \"\"\"");
        var diagnostics = await Client.WaitForDiagnosticsAsync(Uri, d => d.GetArrayLength() > 0);
        diagnostics.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldContain("SG1002");
    }

    [Fact]
    public async Task Only_the_newest_version_is_published_after_a_burst_of_edits()
    {
        await using var slow = await LspClient.StartAsync(Folder, new { diagnosticsDelay = 100 });
        await slow.OpenAsync(Uri, Pack);
        for (var version = 2; version <= 20; version++)
            await slow.ChangeAsync(Uri, version, LspClient.Replace(0, 0, 0, 0, "// edit\n"));
        var diagnostics = await slow.WaitForDiagnosticsAsync(Uri, version: 20);
        diagnostics.GetArrayLength().ShouldBe(0);
        var text = await slow.RequestAsync("safeguards/documentText", new { textDocument = new { uri = Uri } });
        text.GetProperty("version").GetInt32().ShouldBe(20);
        text.GetProperty("text").GetString().ShouldStartWith(string.Concat(Enumerable.Repeat("// edit\n", 19)));
    }
}
