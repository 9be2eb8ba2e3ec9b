namespace Safeguards.LanguageServer.Tests;

/// <summary>The LSP 3.17 lifecycle, against the real process: nothing but <c>initialize</c> before
/// initialization, nothing but <c>exit</c> after <c>shutdown</c>, and the exit code says which happened.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task A_request_before_initialize_gets_ServerNotInitialized_and_initialize_still_works()
    {
        await using var server = ServerProcess.Start();
        await server.SendAsync("""{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///tmp/a.sg"},"position":{"line":0,"character":0}}}""");
        var refused = await server.ResponseAsync("5");
        refused.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-32002);

        await server.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
        (await server.ResponseAsync("1")).GetProperty("result").GetProperty("capabilities").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Object);
    }

    [Fact]
    public async Task A_request_after_shutdown_gets_InvalidRequest_and_exit_then_exits_with_0()
    {
        await using var server = await ServerProcess.StartInitializedAsync();
        await server.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}""");
        await server.ResponseAsync("2");
        await server.SendAsync("""{"jsonrpc":"2.0","id":3,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///tmp/a.sg"}}}""");
        (await server.ResponseAsync("3")).GetProperty("error").GetProperty("code").GetInt32().ShouldBe(-32600);
        await server.SendAsync("""{"jsonrpc":"2.0","method":"exit"}""");
        var (exitCode, log) = await server.ExitAsync();
        exitCode.ShouldBe(0, log);
    }

    [Fact]
    public async Task Exit_without_shutdown_exits_with_1()
    {
        await using var server = await ServerProcess.StartInitializedAsync();
        await server.SendAsync("""{"jsonrpc":"2.0","method":"exit"}""");
        var (exitCode, log) = await server.ExitAsync();
        exitCode.ShouldBe(1, log);
    }

    [Fact]
    public async Task Exit_before_initialize_exits_with_1()
    {
        await using var server = ServerProcess.Start();
        await server.SendAsync("""{"jsonrpc":"2.0","method":"exit"}""");
        var (exitCode, log) = await server.ExitAsync();
        exitCode.ShouldBe(1, log);
    }
}
