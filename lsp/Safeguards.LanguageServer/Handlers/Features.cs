using Safeguards.LanguageServer.Features;
using Safeguards.LanguageServer.Protocol;
using Safeguards.LanguageServer.Server;
using StreamJsonRpc;

namespace Safeguards.LanguageServer.Handlers;

internal sealed class HoverHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Hover, UseSingleObjectParameterDeserialization = true)]
    public async Task<Hover?> Hover(TextDocumentPositionParams parameters) =>
        HoverProvider.Hover(await context.SnapshotAsync(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class CompletionHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Completion, UseSingleObjectParameterDeserialization = true)]
    public async Task<CompletionList> Completion(CompletionParams parameters) =>
        CompletionProvider.Complete(await context.SnapshotAsync(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class DefinitionHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Definition, UseSingleObjectParameterDeserialization = true)]
    public async Task<Location[]> Definition(TextDocumentPositionParams parameters) =>
        Navigation.Definition(await context.SnapshotAsync(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class ReferencesHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.References, UseSingleObjectParameterDeserialization = true)]
    public async Task<Location[]> References(ReferenceParams parameters) =>
        Navigation.References(await context.SnapshotAsync(), parameters.TextDocument.Uri, parameters.Position, parameters.Context?.IncludeDeclaration ?? true);
}

internal sealed class PrepareRenameHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.PrepareRename, UseSingleObjectParameterDeserialization = true)]
    public async Task<PrepareRenameResult> PrepareRename(TextDocumentPositionParams parameters) =>
        Navigation.PrepareRename(await context.SnapshotAsync(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class RenameHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Rename, UseSingleObjectParameterDeserialization = true)]
    public async Task<WorkspaceEdit> Rename(RenameParams parameters) =>
        Navigation.Rename(await context.SnapshotAsync(), parameters.TextDocument.Uri, parameters.Position, parameters.NewName);
}

internal sealed class DocumentSymbolHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.DocumentSymbol, UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentSymbol[]> DocumentSymbol(DocumentSymbolParams parameters) =>
        Outline.DocumentSymbols(await context.SnapshotAsync(), parameters.TextDocument.Uri);
}

internal sealed class WorkspaceSymbolHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.WorkspaceSymbol, UseSingleObjectParameterDeserialization = true)]
    public async Task<SymbolInformation[]> WorkspaceSymbol(WorkspaceSymbolParams parameters) =>
        Outline.WorkspaceSymbols(await context.SnapshotAsync(), parameters.Query ?? "");
}

internal sealed class DocumentHighlightHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.DocumentHighlight, UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentHighlight[]> DocumentHighlight(TextDocumentPositionParams parameters) =>
        Navigation.Highlights(await context.SnapshotAsync(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class FoldingRangeHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.FoldingRange, UseSingleObjectParameterDeserialization = true)]
    public async Task<FoldingRange[]> FoldingRange(FoldingRangeParams parameters) =>
        Outline.FoldingRanges(await context.SnapshotAsync(), parameters.TextDocument.Uri);
}

internal sealed class SemanticTokensHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.SemanticTokensFull, UseSingleObjectParameterDeserialization = true)]
    public async Task<SemanticTokens> SemanticTokens(SemanticTokensParams parameters) =>
        SemanticTokensProvider.Full(await context.SnapshotAsync(), parameters.TextDocument.Uri);
}

internal sealed class FormattingHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Formatting, UseSingleObjectParameterDeserialization = true)]
    public async Task<TextEdit[]> Formatting(DocumentFormattingParams parameters) =>
        Actions.FormatDocument(await context.SnapshotAsync(), parameters.TextDocument.Uri);
}

internal sealed class RangeFormattingHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.RangeFormatting, UseSingleObjectParameterDeserialization = true)]
    public async Task<TextEdit[]> RangeFormatting(DocumentRangeFormattingParams parameters) =>
        Actions.FormatRange(await context.SnapshotAsync(), parameters.TextDocument.Uri, parameters.Range);
}

internal sealed class CodeActionHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.CodeAction, UseSingleObjectParameterDeserialization = true)]
    public async Task<CodeAction[]> CodeAction(CodeActionParams parameters) =>
        Actions.CodeActions(await context.SnapshotAsync(), parameters.TextDocument.Uri, parameters.Range, context.HelpLinks);
}

internal sealed class CodeLensHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.CodeLens, UseSingleObjectParameterDeserialization = true)]
    public async Task<CodeLens[]> CodeLens(CodeLensParams parameters) => Actions.CodeLenses(await context.SnapshotAsync(), parameters.TextDocument.Uri);
}
