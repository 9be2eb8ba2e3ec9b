using System.Text;
using System.Text.Json;

namespace Safeguards.LanguageServer.Tests;

/// <summary>The server survives its client: each kind of malformed frame an adversarial run found (it
/// used to end the process) gets the JSON-RPC error the specification names, or is dropped and logged,
/// and a valid request after it still gets its answer. Run against the real process over stdio.</summary>
public sealed class MalformedFrameTests
{
    /// <summary>Text that stands for case data: it must never reach the log.</summary>
    private const string Secret = "SECRET-CASE-7731";

    private const string Request50 = """{"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///tmp/""" + Secret + """.sg"},"position":{"line":0,"character":0}}}""";

    private static byte[] Frame(string header, string body) => [.. Encoding.ASCII.GetBytes(header), .. Encoding.UTF8.GetBytes(body)];

    private static byte[] Framed(string body) => Frame($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n", body);

    /// <summary>Each case: the bytes, then what the server answers: an error code (with the id it is
    /// answered to), "result" when the frame is understood as it was meant, or null when it is dropped.</summary>
    public static TheoryData<string, byte[], int?, string?> Frames()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        return new()
        {
            { "Content-Length 0", Frame("Content-Length: 0\r\n\r\n", ""), -32700, "null" },
            { "negative Content-Length", Frame("Content-Length: -5\r\n\r\n", Request50), null, null },
            { "Content-Length over the limit", Frame("Content-Length: 2000000000\r\n\r\n", Request50), null, null },
            { "Content-Length longer than the body", Frame($"Content-Length: {Request50.Length + 500}\r\n\r\n", Request50), -32600, "50" },
            { "Content-Length shorter than the body", Frame($"Content-Length: {Request50.Length - 10}\r\n\r\n", Request50), -32700, "null" },
            { "Content-Length not a number", Frame("Content-Length: twelve\r\n\r\n", Request50), null, null },
            { "no Content-Length", Frame("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n", Request50), null, null },
            { "lower-case header", Frame($"content-length: {Request50.Length}\r\n\r\n", Request50), 0, "50" },
            { "LF-only header", Frame($"Content-Length: {Request50.Length}\n\n", Request50), 0, "50" },
            { "BOM before the body", Frame($"Content-Length: {Request50.Length + 3}\r\n\r\n", "\uFEFF" + Request50), 0, "50" },
            { "body not JSON", Framed($"{{not json {Secret}"), -32700, "null" },
            { "body an array", Framed("""[{"jsonrpc":"2.0","id":50,"method":"shutdown"}]"""), -32600, "null" },
            { "body a number", Framed("42"), -32600, "null" },
            { "body null", Framed("null"), -32600, "null" },
            { "id an object", Framed("""{"jsonrpc":"2.0","id":{"a":1},"method":"textDocument/hover","params":{}}"""), -32600, "null" },
            { "id 1e400", Framed("""{"jsonrpc":"2.0","id":1e400,"method":"textDocument/hover","params":{}}"""), -32600, "null" },
            { "params a string", Framed("""{"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":"a string"}"""), -32600, "50" },
            { "JSON nested 100,000 deep", Framed("""{"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":{"x":""" + nested + "}}"), -32700, "null" },
        };
    }

    [Theory]
    [MemberData(nameof(Frames))]
    public async Task After_a_malformed_frame_the_server_answers_the_next_request(string kind, byte[] frame, int? answer, string? answeredId)
    {
        await using var server = await ServerProcess.StartInitializedAsync();
        await server.SendRawAsync(frame);
        await server.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///tmp/none.sg"}}}""");

        var next = await server.ResponseAsync("2");
        next.TryGetProperty("result", out _).ShouldBeTrue($"{kind}: {next}");
        server.HasExited.ShouldBeFalse(kind);

        if (answer is { } code && answeredId is not null)
        {
            var response = await server.ResponseAsync(answeredId);
            if (code == 0) response.TryGetProperty("result", out _).ShouldBeTrue($"{kind}: {response}");
            else response.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(code, $"{kind}: {response}");
        }
        if (answer is null)
        {
            server.Messages.Where(IsAnswerTo50).ShouldBeEmpty(kind);
        }

        await server.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"shutdown","params":null}""");
        await server.ResponseAsync("3");
        await server.SendAsync("""{"jsonrpc":"2.0","method":"exit"}""");
        var (exitCode, log) = await server.ExitAsync();
        exitCode.ShouldBe(0, log);
        log.ShouldNotContain(Secret);
        if (answer is null) log.ShouldContain("protocol:", customMessage: $"{kind}: a dropped frame is logged");
    }

    private static bool IsAnswerTo50(JsonElement message) => message.TryGetProperty("id", out var id) && id.GetRawText() == "50";

    [Fact]
    public async Task Errors_for_unreadable_messages_carry_no_exception_details()
    {
        await using var server = await ServerProcess.StartInitializedAsync();
        // Parameters of the wrong shape reach a handler's deserialisation, which fails inside StreamJsonRpc.
        await server.SendAsync("""{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":5,"position":"x"}}""");
        var response = await server.ResponseAsync("7");
        var error = response.GetProperty("error");
        error.TryGetProperty("data", out var data).ShouldBeFalse($"no exception details in error data: {data}");
        error.GetProperty("message").GetString()!.ShouldNotContain(" at ");
    }
}
