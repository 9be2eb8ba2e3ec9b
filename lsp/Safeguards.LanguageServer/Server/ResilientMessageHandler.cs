using System.Buffers;
using System.Text;
using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Safeguards.LanguageServer.Server;

/// <summary>LSP framing that survives its client. StreamJsonRpc's own handler ends the connection on the
/// first frame it cannot read; this one answers a bad message with the JSON-RPC error the specification
/// names (parse error, invalid request), or drops it and says so in the log, and reads on. It also keeps
/// the LSP lifecycle: requests before <c>initialize</c> get ServerNotInitialized, requests after
/// <c>shutdown</c> get InvalidRequest, and notifications in either state are dropped (except <c>exit</c>).
/// The log gets what was wrong with a frame, never its contents (a frame can carry case data).</summary>
internal sealed class ResilientMessageHandler : MessageHandlerBase
{
    private readonly Stream input;
    private readonly Stream output;
    private readonly FrameReader frames;
    private readonly Action<string> log;
    private readonly SemaphoreSlim writing = new(1, 1);
    private Lifecycle state = Lifecycle.Created;

    private enum Lifecycle { Created, Initialized, ShutDown }

    public ResilientMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, Action<string> log)
        : base(formatter)
    {
        this.input = input;
        this.output = output;
        this.log = log;
        frames = new FrameReader(input);
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var frame = await frames.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (frame is not { } f) return null; // the stream ended
            if (f.Problem is not null) log($"protocol: {f.Problem}");
            if (f.Body is null) continue;
            if (await AcceptAsync(f.Body, lengthWasWrong: f.Problem is not null, cancellationToken).ConfigureAwait(false) is { } message)
                return message;
        }
    }

    /// <summary>The message to hand to StreamJsonRpc, or null when this one was answered or dropped here.</summary>
    private async ValueTask<JsonRpcMessage?> AcceptAsync(byte[] body, bool lengthWasWrong, CancellationToken cancellation)
    {
        var envelope = MessageEnvelope.Read(body, out var error, out var errorId);
        if (envelope is null)
        {
            log($"protocol: {error!.Value.Message}");
            await WriteErrorAsync(errorId, error.Value.Code, error.Value.Message, cancellation).ConfigureAwait(false);
            return null;
        }
        if (lengthWasWrong)
        {
            // The body is readable but its frame was not: answer rather than act on a message the client framed wrongly.
            if (envelope.IsRequest)
                await WriteErrorAsync(envelope.IdJson, JsonRpcErrors.InvalidRequest,
                    "Invalid request: the Content-Length header does not match the body.", cancellation).ConfigureAwait(false);
            return null;
        }
        if (envelope.IsResponse)
        {
            // The server sends the client no requests, so no response can be expected; StreamJsonRpc
            // ends the connection on a response it did not ask for.
            log("protocol: dropped a response to a request the server did not send");
            return null;
        }
        if (Gate(envelope) is { } refusal)
        {
            if (envelope.IsRequest) await WriteErrorAsync(envelope.IdJson, refusal.Code, refusal.Message, cancellation).ConfigureAwait(false);
            else log($"protocol: dropped the notification '{envelope.Method}': {refusal.Message}");
            return null;
        }

        try
        {
            return Formatter.Deserialize(new ReadOnlySequence<byte>(body));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException
            or ArgumentException or NotSupportedException or UnrecognizedJsonRpcMessageException)
        {
            log($"protocol: a message could not be read ({e.GetType().Name})");
            if (envelope.IsRequest)
                await WriteErrorAsync(envelope.IdJson, JsonRpcErrors.InvalidRequest, "Invalid request: the message could not be read.", cancellation)
                    .ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>The LSP lifecycle, by the order messages arrive in (they are handled in that order).</summary>
    private (int Code, string Message)? Gate(MessageEnvelope envelope)
    {
        if (envelope.IsResponse || envelope.Method == Protocol.Methods.Exit) return null;
        switch (state)
        {
            case Lifecycle.Created when envelope.Method == Protocol.Methods.Initialize:
                state = Lifecycle.Initialized;
                return null;
            case Lifecycle.Created:
                return (JsonRpcErrors.ServerNotInitialized, "The server is not initialized: send 'initialize' first.");
            // A second initialize is answered again with the capabilities (harmless, and some clients re-send it).
            case Lifecycle.Initialized when envelope.Method == Protocol.Methods.Shutdown:
                state = Lifecycle.ShutDown;
                return null;
            case Lifecycle.Initialized:
                return null;
            case Lifecycle.ShutDown:
                return (JsonRpcErrors.InvalidRequest, "Invalid request: the server is shutting down; only 'exit' is accepted.");
            default:
                throw new InvalidOperationException($"unknown lifecycle state {state}");
        }
    }

    private async ValueTask WriteErrorAsync(string? idJson, int code, string message, CancellationToken cancellation)
    {
        var json = $"{{\"jsonrpc\":\"2.0\",\"id\":{idJson ?? "null"},\"error\":{{\"code\":{code},\"message\":{JsonSerializer.Serialize(message)}}}}}";
        await WriteFrameAsync(Encoding.UTF8.GetBytes(json), cancellation).ConfigureAwait(false);
    }

    protected override async ValueTask WriteCoreAsync(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        var body = new ArrayBufferWriter<byte>();
        Formatter.Serialize(body, content);
        await WriteFrameAsync(body.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a whole frame in one write, uncancelled once begun: a frame cut between its
    /// header and its body (a disconnect cancelling a write) would corrupt the client's stream.</summary>
    private async ValueTask WriteFrameAsync(ReadOnlyMemory<byte> body, CancellationToken cancellation)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        var frame = new byte[header.Length + body.Length];
        header.CopyTo(frame, 0);
        body.CopyTo(frame.AsMemory(header.Length));
        await writing.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(frame, CancellationToken.None).ConfigureAwait(false);
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }
    }

    protected override ValueTask FlushAsync(CancellationToken cancellationToken) => default;

    protected override void DisposeReader()
    {
        // One duplex stream (a socket, a pipe) is closed by the writer, after its last write.
        if (!ReferenceEquals(input, output)) input.Dispose();
        base.DisposeReader();
    }

    protected override void DisposeWriter()
    {
        output.Dispose();
        base.DisposeWriter();
    }
}
