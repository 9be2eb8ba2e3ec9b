using System.Text.Json;
using System.Text.Json.Serialization;
using Safeguards.LanguageServer.Handlers;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace Safeguards.LanguageServer.Server;

/// <summary>The server on one connection: LSP base-protocol framing (Content-Length headers, read by
/// <see cref="ResilientMessageHandler"/>, which survives malformed frames) over a pair of streams, JSON
/// with System.Text.Json (any string the protocol allows, lone surrogates included), errors without
/// exception details (<see cref="QuietJsonRpc"/>), and one handler object per LSP method.</summary>
public sealed class LanguageServerHost : IDisposable
{
    private readonly ServerContext context;

    public LanguageServerHost(Stream input, Stream output, TextWriter log)
    {
        context = new ServerContext(log);
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
        formatter.JsonSerializerOptions.Converters.Add(new AnyStringConverter());
        var handler = new ResilientMessageHandler(output, input, formatter, context.Log);
        var rpc = new QuietJsonRpc(handler, context.Log);
        // Messages start in arrival order, one at a time (an edit is applied before the request that
        // follows it); a handler that awaits lets the next one start.
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        rpc.ExceptionStrategy = ExceptionProcessing.CommonErrorData;
        context.Rpc = rpc;
        context.Publisher = new DiagnosticsPublisher(context);
        var options = new JsonRpcTargetOptions { DisposeOnDisconnect = false, AllowNonPublicInvocation = true };
        foreach (var target in HandlerRegistry.Create(context)) rpc.AddLocalRpcTarget(target, options);
        rpc.Disconnected += (_, e) =>
        {
            if (e.Reason != DisconnectedReason.LocallyDisposed && e.Reason != DisconnectedReason.RemotePartyTerminated)
                context.Log($"disconnected: {e.Reason} {e.Description}");
        };
    }

    public void Start() => context.Rpc.StartListening();

    /// <summary>Completes when the client disconnects or sends <c>exit</c>.</summary>
    public Task Completion => Task.WhenAny(context.Rpc.Completion, context.ExitRequested.Task).Unwrap();

    public int ExitCode => context.ExitCode;

    /// <summary>Diagnostics wait this long after the last edit (the initialization option <c>diagnosticsDelay</c>).</summary>
    public int DiagnosticsDelayMilliseconds
    {
        get => context.Publisher.DelayMilliseconds;
        set => context.Publisher.DelayMilliseconds = value;
    }

    public void Dispose() => context.Rpc.Dispose();
}
