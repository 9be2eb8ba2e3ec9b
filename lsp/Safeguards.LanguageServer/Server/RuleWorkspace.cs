using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;
using Safeguards.Language.Workspace;
using Safeguards.LanguageServer.Protocol;

namespace Safeguards.LanguageServer.Server;

/// <summary>One rule file as the server knows it: its text, the version the client gave it (disk files
/// have none) and its syntax tree, parsed on first use and kept until the text changes.</summary>
internal sealed class DocumentState
{
    private readonly Lazy<SyntaxTree> tree;

    public DocumentState(string uri, int? version, string text)
    {
        Uri = uri;
        Version = version;
        Text = text;
        // A file over the limit is kept (the editor's copy must stay in sync) but not analysed: it is
        // left out of the compilation and its tree is empty (DiagnosticsPublisher says why).
        IsTooLarge = text.Length > Limits.MaxDocumentBytes / 4 && System.Text.Encoding.UTF8.GetByteCount(text) > Limits.MaxDocumentBytes;
        tree = new Lazy<SyntaxTree>(() => SyntaxTree.Parse(uri, IsTooLarge ? "" : text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Uri { get; }
    public int? Version { get; }
    public string Text { get; }
    public SyntaxTree Tree => tree.Value;
    public bool IsOpen => Version is not null;

    /// <summary>Larger than <see cref="Limits.MaxDocumentBytes"/> in UTF-8, the limit for a rule file.</summary>
    public bool IsTooLarge { get; }
}

/// <summary>A compilation of every rule file of the workspace at one moment, and the documents it was made from.</summary>
internal sealed class Snapshot(long stamp, Compilation compilation, IReadOnlyDictionary<string, DocumentState> documents)
{
    public long Stamp { get; } = stamp;
    public Compilation Compilation { get; } = compilation;
    public IReadOnlyDictionary<string, DocumentState> Documents { get; } = documents;

    public SyntaxTree? Tree(string uri) => Documents.TryGetValue(uri, out var document) ? document.Tree : null;

    public DocumentState? Document(string uri) => Documents.GetValueOrDefault(uri);
}

/// <summary>The documents open in the editor plus the other rule files of the workspace folders (read
/// from disk with <see cref="RuleFileLoader"/>), compiled together so imports across files resolve.
/// Edits only replace a document; the compilation is rebuilt lazily, once per state, and a request
/// always sees the newest state.</summary>
internal sealed class RuleWorkspace
{
    private readonly object gate = new();
    private readonly Dictionary<string, DocumentState> open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentState> disk = new(StringComparer.Ordinal); // by full path
    private long stamp;
    private (long Stamp, Lazy<Snapshot> Snapshot)? current;

    public long Stamp
    {
        get { lock (gate) return stamp; }
    }

    public IReadOnlyList<string> Folders { get; private set; } = [];

    /// <summary>Reads every rule file under the folders. Unreadable files are skipped (the editor shows
    /// them when they are opened); errors are returned for the log.</summary>
    public IReadOnlyList<string> LoadFolders(IEnumerable<string> folders)
    {
        var messages = new List<string>();
        var list = folders.Where(Directory.Exists).Distinct().ToList();
        var loaded = new List<DocumentState>();
        foreach (var folder in list)
        {
            var errors = new List<LoadError>();
            foreach (var file in RuleFileLoader.Expand(folder, errors))
            {
                if (BoundedFile.ReadRuleFile(file, errors) is { } text)
                    loaded.Add(new DocumentState(Uris.FromPath(file), null, text));
            }
            messages.AddRange(errors.Select(e => $"{e.Path}: {e.Message}"));
        }
        lock (gate)
        {
            Folders = list;
            foreach (var document in loaded) disk[Uris.ToPath(document.Uri) ?? document.Uri] = document;
            stamp++;
        }
        return messages;
    }

    public void Open(string uri, int version, string text)
    {
        lock (gate)
        {
            open[uri] = new DocumentState(uri, version, text);
            stamp++;
        }
    }

    /// <summary>Applies the client's changes in order (positions are clamped as LSP 3.17 says, see
    /// <see cref="LspPositions"/>, so a confused client cannot crash the server). Returns false when the document is not open.</summary>
    public bool Change(string uri, int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (gate)
        {
            if (!open.TryGetValue(uri, out var document)) return false;
            var text = document.Text;
            foreach (var change in changes) text = Apply(text, change);
            open[uri] = new DocumentState(uri, version, text);
            stamp++;
            return true;
        }
    }

    public static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null) return change.Text;
        var lines = new LineMap(text);
        var start = LspPositions.Offset(text, lines, change.Range.Start.Line, change.Range.Start.Character);
        var end = LspPositions.Offset(text, lines, change.Range.End.Line, change.Range.End.Character);
        if (end < start) (start, end) = (end, start);
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }

    public void Close(string uri)
    {
        lock (gate)
        {
            if (open.Remove(uri)) stamp++;
        }
    }

    /// <summary>A rule file changed, appeared or disappeared on disk (an open document keeps the editor's text).</summary>
    public void DiskChanged(string uri, bool deleted)
    {
        var path = Uris.ToPath(uri);
        if (path is null || !path.EndsWith(RuleFileLoader.Extension, StringComparison.Ordinal)) return;
        string? text = null;
        if (!deleted && File.Exists(path)) text = BoundedFile.ReadRuleFile(path, []);
        lock (gate)
        {
            if (text is null) disk.Remove(path);
            else disk[path] = new DocumentState(Uris.FromPath(path), null, text);
            stamp++;
        }
    }

    public DocumentState? OpenDocument(string uri)
    {
        lock (gate) return open.GetValueOrDefault(uri);
    }

    /// <summary>The compilation of the newest state. Built at most once per state; files whose text did
    /// not change keep their parsed tree. Blocks while it is built: handlers use <see cref="GetSnapshotAsync"/>.</summary>
    public Snapshot GetSnapshot() => GetSnapshotAsync().GetAwaiter().GetResult();

    /// <summary>The compilation of the state as it is now (taken at once, so a request sees the edits
    /// that came before it), built on the thread pool so the server keeps reading and answering other
    /// messages meanwhile. A build that a newer edit supersedes stops between files; whoever still
    /// waits on it then gets the newest state instead.</summary>
    public async Task<Snapshot> GetSnapshotAsync()
    {
        // While edits keep superseding builds, a waiting request tries the newest state a few times,
        // then has the state it last saw built to the end (an answer about a slightly older text beats none).
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var lazy = CurrentBuild();
            try
            {
                return lazy.IsValueCreated ? lazy.Value : await Task.Run(() => lazy.Value).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Superseded while it was built: take the newer state.
            }
        }
        var (at, documents) = CaptureState();
        return await Task.Run(() => Build(at, documents, cancellable: false)).ConfigureAwait(false);
    }

    private (long Stamp, Dictionary<string, DocumentState> Documents) CaptureState()
    {
        lock (gate)
        {
            var documents = new Dictionary<string, DocumentState>(StringComparer.Ordinal);
            var openPaths = new HashSet<string>(open.Keys.Select(u => Uris.ToPath(u) ?? u), StringComparer.Ordinal);
            foreach (var (path, document) in disk)
                if (!openPaths.Contains(path)) documents[document.Uri] = document;
            foreach (var (uri, document) in open) documents[uri] = document;
            return (stamp, documents);
        }
    }

    private Lazy<Snapshot> CurrentBuild()
    {
        lock (gate)
        {
            if (current is { } c && c.Stamp == stamp) return c.Snapshot;
            var (at, documents) = CaptureState();
            var lazy = new Lazy<Snapshot>(() => Build(at, documents, cancellable: true), LazyThreadSafetyMode.ExecutionAndPublication);
            current = (at, lazy);
            return lazy;
        }
    }

    private Snapshot Build(long at, Dictionary<string, DocumentState> documents, bool cancellable)
    {
        void StopIfSuperseded()
        {
            if (cancellable && Stamp != at) throw new OperationCanceledException("superseded by a newer edit");
        }

        var ordered = documents.Values.Where(d => !d.IsTooLarge).OrderBy(d => d.Uri, StringComparer.Ordinal).ToList();
        var trees = new List<SyntaxTree>(ordered.Count);
        foreach (var document in ordered)
        {
            StopIfSuperseded();
            trees.Add(document.Tree);
        }
        StopIfSuperseded();
        var compilation = Compilation.Create(trees);
        return new Snapshot(at, compilation, documents);
    }
}

/// <summary>Document URIs and file paths.</summary>
internal static class Uris
{
    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static string? ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;
}
