using Safeguards.LanguageServer.Protocol;
using Safeguards.LanguageServer.Server;
using StreamJsonRpc;

namespace Safeguards.LanguageServer.Handlers;

internal sealed class DidOpenHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.DidOpen, UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        var document = parameters.TextDocument;
        context.Workspace.Open(document.Uri, document.Version, document.Text);
        context.Publisher.Schedule();
    }
}

internal sealed class DidChangeHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.DidChange, UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!context.Workspace.Change(parameters.TextDocument.Uri, parameters.TextDocument.Version, parameters.ContentChanges))
        {
            context.Log($"change to a document that is not open: {parameters.TextDocument.Uri}");
            return;
        }
        context.Publisher.Schedule();
    }
}

internal sealed class DidCloseHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.DidClose, UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        context.Workspace.Close(parameters.TextDocument.Uri);
        // A closed file that exists on disk comes back from disk (it may have been closed without saving).
        context.Workspace.DiskChanged(parameters.TextDocument.Uri, deleted: false);
        context.Publisher.Schedule();
    }
}

internal sealed class DidSaveHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.DidSave, UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams parameters) => context.Workspace.DiskChanged(parameters.TextDocument.Uri, deleted: false);
}

internal sealed class DidChangeWatchedFilesHandler(ServerContext context)
{
    private const int Deleted = 3;

    [JsonRpcMethod(Methods.DidChangeWatchedFiles, UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        foreach (var change in parameters.Changes) context.Workspace.DiskChanged(change.Uri, change.Type == Deleted);
        context.Publisher.Schedule();
    }
}

/// <summary>Custom request for tests and tools: the server's copy of an open document, to check it is in sync.</summary>
internal sealed class DocumentTextHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.DocumentText, UseSingleObjectParameterDeserialization = true)]
    public DocumentTextResult? DocumentText(DocumentTextParams parameters) =>
        context.Workspace.OpenDocument(parameters.TextDocument.Uri) is { } document
            ? new DocumentTextResult(document.Uri, document.Version ?? 0, document.Text)
            : null;
}
