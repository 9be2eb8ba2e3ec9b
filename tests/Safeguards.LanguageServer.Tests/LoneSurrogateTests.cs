using System.Text;
using System.Text.Json;
using Safeguards.LanguageServer.Server;

namespace Safeguards.LanguageServer.Tests;

/// <summary>LSP strings are UTF-16 and JSON can escape a lone surrogate: the server accepts every such
/// string (it used to drop the message: the document stayed closed, an edit was lost and every later
/// one applied to stale text, and a query failed with a .NET stack trace in the error data).</summary>
public sealed class LoneSurrogateTests
{
    private const string Uri = "file:///tmp/lone-surrogate.sg";

    private static string TextOf(JsonElement response)
    {
        var raw = response.GetProperty("result").GetProperty("text").GetRawText();
        return AnyStringConverter.Unescape(Encoding.UTF8.GetBytes(raw[1..^1]));
    }

    private static async Task<string> DocumentTextAsync(ServerProcess server, int id)
    {
        await server.SendAsync($$$$"""{"jsonrpc":"2.0","id":{{{{id}}}},"method":"safeguards/documentText","params":{"textDocument":{"uri":"{{{{Uri}}}}"}}}""");
        return TextOf(await server.ResponseAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_document_opened_and_edited_with_lone_surrogates_stays_in_sync()
    {
        await using var server = await ServerProcess.StartInitializedAsync();
        await server.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{{{Uri}}}}","languageId":"safeguards","version":1,"text":"pack p\n// a\ud800b\n"}}}""");
        (await DocumentTextAsync(server, 10)).ShouldBe("pack p\n// a\ud800b\n");

        await server.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{{{Uri}}}}","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":3},"end":{"line":1,"character":3}},"text":"\udc00"}]}}""");
        await server.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"{{{{Uri}}}}","version":3},"contentChanges":[{"range":{"start":{"line":0,"character":6},"end":{"line":0,"character":6}},"text":"q"}]}}""");
        (await DocumentTextAsync(server, 11)).ShouldBe("pack pq\n// \udc00a\ud800b\n");
    }

    [Fact]
    public async Task A_workspace_symbol_query_with_a_lone_surrogate_is_answered()
    {
        await using var server = await ServerProcess.StartInitializedAsync();
        await server.SendAsync("""{"jsonrpc":"2.0","id":12,"method":"workspace/symbol","params":{"query":"\ud800"}}""");
        var response = await server.ResponseAsync("12");
        response.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Array, response.ToString());
    }

    [Fact]
    public async Task A_rename_to_a_lone_surrogate_is_refused_with_a_message_and_no_stack_trace()
    {
        await using var server = await ServerProcess.StartInitializedAsync();
        await server.SendAsync($$$$"""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"{{{{Uri}}}}","languageId":"safeguards","version":1,"text":"pack p\nlet limit = 3 hours\n"}}}""");
        await server.SendAsync($$$$"""{"jsonrpc":"2.0","id":13,"method":"textDocument/rename","params":{"textDocument":{"uri":"{{{{Uri}}}}"},"position":{"line":1,"character":5},"newName":"\ud800"}}""");
        var error = (await server.ResponseAsync("13")).GetProperty("error");
        error.GetProperty("message").GetRawText().ShouldContain("not a valid name");
        error.TryGetProperty("data", out _).ShouldBeFalse(error.ToString());
    }
}
