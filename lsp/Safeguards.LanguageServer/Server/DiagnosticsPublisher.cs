using Safeguards.Language.Semantics;
using Safeguards.LanguageServer.Protocol;
using Lang = Safeguards.Language.Diagnostics;
using P = Safeguards.LanguageServer.Protocol;

namespace Safeguards.LanguageServer.Server;

/// <summary>Recompiles after edits and publishes diagnostics. Each edit restarts a short delay (typing
/// a word compiles once); a compilation that an edit superseded is never published.</summary>
internal sealed class DiagnosticsPublisher(ServerContext context)
{
    private readonly object gate = new();
    private readonly SemaphoreSlim publishing = new(1, 1);
    private readonly Dictionary<string, string> published = new(StringComparer.Ordinal);
    private CancellationTokenSource? pending;

    public int DelayMilliseconds { get; set; } = 30;

    public void Schedule()
    {
        CancellationToken token;
        lock (gate)
        {
            pending?.Cancel();
            pending?.Dispose();
            pending = new CancellationTokenSource();
            token = pending.Token;
        }
        _ = Task.Run(() => RunAsync(token));
    }

    private async Task RunAsync(CancellationToken token)
    {
        try
        {
            if (DelayMilliseconds > 0) await Task.Delay(DelayMilliseconds, token).ConfigureAwait(false);
            token.ThrowIfCancellationRequested();
            var snapshot = await context.SnapshotAsync().ConfigureAwait(false);
            await publishing.WaitAsync(token).ConfigureAwait(false);
            try
            {
                // A newer edit arrived while compiling: its own run publishes.
                if (token.IsCancellationRequested || snapshot.Stamp != context.Workspace.Stamp) return;
                await PublishAsync(snapshot).ConfigureAwait(false);
            }
            finally
            {
                publishing.Release();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is ObjectDisposedException or StreamJsonRpc.ConnectionLostException)
        {
        }
        catch (Exception e)
        {
            context.Log($"publishing diagnostics failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private async Task PublishAsync(Snapshot snapshot)
    {
        var byUri = snapshot.Documents.Keys.ToDictionary(u => u, _ => new List<Lang.Diagnostic>(), StringComparer.Ordinal);
        foreach (var diagnostic in snapshot.Compilation.Diagnostics)
            if (byUri.TryGetValue(diagnostic.Location.Source.Path, out var list)) list.Add(diagnostic);

        foreach (var uri in published.Keys.Where(u => !byUri.ContainsKey(u)).ToList())
        {
            published.Remove(uri);
            await SendAsync(new PublishDiagnosticsParams(uri, null, [])).ConfigureAwait(false);
        }
        foreach (var (uri, diagnostics) in byUri)
        {
            var document = snapshot.Documents[uri];
            var converted = document.IsTooLarge ? [TooLarge()] : Capped(diagnostics, context.HelpLinks);
            var key = document.Version + "|" + (document.IsTooLarge ? "too large"
                : diagnostics.Count + "|" + string.Join("\n", diagnostics.Take(Limits.MaxDiagnosticsPerFile).Select(d => d.ToCanonicalString())));
            if (published.TryGetValue(uri, out var previous) && previous == key) continue;
            if (!document.IsOpen && converted.Length == 0 && !published.ContainsKey(uri)) continue;
            published[uri] = key;
            await SendAsync(new PublishDiagnosticsParams(uri, document.Version, converted)).ConfigureAwait(false);
        }
    }

    /// <summary>At most <see cref="Limits.MaxDiagnosticsPerFile"/>: a file with more (a pasted log, a generated
    /// file) would make a message of hundreds of megabytes; the last one shown says how many were left out.</summary>
    internal static P.Diagnostic[] Capped(IReadOnlyList<Lang.Diagnostic> diagnostics, HelpLinks links)
    {
        if (diagnostics.Count <= Limits.MaxDiagnosticsPerFile) return diagnostics.Select(d => ToProtocol(d, links)).ToArray();
        var shown = Limits.MaxDiagnosticsPerFile - 1;
        var more = diagnostics.Count - shown;
        return
        [
            .. diagnostics.Take(shown).Select(d => ToProtocol(d, links)),
            new P.Diagnostic
            {
                Range = diagnostics[shown].Location.Range(),
                Severity = P.DiagnosticSeverity.Information,
                Message = $"{more:N0} more problem(s) in this file are not shown: the editor shows at most {Limits.MaxDiagnosticsPerFile:N0} per file. "
                    + "Run 'safeguards check' on the file to see them all.",
            },
        ];
    }

    private static P.Diagnostic TooLarge() => new()
    {
        Range = new P.Range(new P.Position(0, 0), new P.Position(0, 0)),
        Severity = P.DiagnosticSeverity.Warning,
        Message = $"This file is larger than {Limits.MaxDocumentBytes / (1024 * 1024)} MiB, the limit for a rule file: "
            + "the editor does not analyse it (no diagnostics, hover or completion) and the other files do not see its declarations.",
    };

    private Task SendAsync(PublishDiagnosticsParams parameters) =>
        context.Rpc.NotifyWithParameterObjectAsync(Methods.PublishDiagnostics, parameters);

    public static P.Diagnostic ToProtocol(Lang.Diagnostic diagnostic, HelpLinks links) => new()
    {
        Range = diagnostic.Location.Range(),
        Severity = diagnostic.Severity switch
        {
            Lang.DiagnosticSeverity.Error => P.DiagnosticSeverity.Error,
            Lang.DiagnosticSeverity.Warning => P.DiagnosticSeverity.Warning,
            _ => P.DiagnosticSeverity.Information,
        },
        Code = diagnostic.Code,
        CodeDescription = links.For(diagnostic.Descriptor) is { } href ? new CodeDescription(href) : null,
        Message = diagnostic.Message,
        RelatedInformation = diagnostic.Related.Count == 0
            ? null
            : diagnostic.Related.Select(r => new DiagnosticRelatedInformation(r.Location.Location(), r.Message)).ToArray(),
    };

    /// <summary>The diagnostics of one document in the snapshot (for code actions).</summary>
    public static IEnumerable<Lang.Diagnostic> For(Snapshot snapshot, string uri) =>
        snapshot.Compilation.Diagnostics.Where(d => d.Location.Source.Path == uri);

    internal static Compilation CompilationOf(Snapshot snapshot) => snapshot.Compilation;
}
