using Safeguards.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Safeguards.LanguageServer.Server;

/// <summary>What every handler shares: the workspace, the connection to the client, the log.</summary>
internal sealed class ServerContext(TextWriter log)
{
    public RuleWorkspace Workspace { get; } = new();

    public JsonRpc Rpc { get; set; } = null!;

    public HelpLinks HelpLinks { get; set; } = new([AppContext.BaseDirectory]);

    public DiagnosticsPublisher Publisher { get; set; } = null!;

    public bool ShutdownRequested { get; set; }

    public bool Initialized { get; set; }

    /// <summary>Set by the <c>exit</c> notification: 0 after <c>shutdown</c>, 1 otherwise (LSP 3.17).</summary>
    public int ExitCode { get; set; } = 1;

    /// <summary>Completes on the <c>exit</c> notification (the process must not wait for standard input to close).</summary>
    public TaskCompletionSource ExitRequested { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A line for the server log (standard error). Never pass case data here.</summary>
    public void Log(string message)
    {
        lock (log)
        {
            log.WriteLine($"[safeguards-ls {DateTime.Now:HH:mm:ss.fff}] {message}");
            log.Flush();
        }
    }

    public Snapshot Snapshot() => Workspace.GetSnapshot();

    /// <summary>The compilation of the state as of this call, built off the message loop (see <see cref="RuleWorkspace.GetSnapshotAsync"/>).</summary>
    public Task<Snapshot> SnapshotAsync() => Workspace.GetSnapshotAsync();

    public static LocalRpcException Fail(string message, int code = ErrorCodes.RequestFailed) => new(message) { ErrorCode = code };
}
