using Safeguards.LanguageServer.Features;
using Safeguards.LanguageServer.Protocol;
using Safeguards.LanguageServer.Server;
using StreamJsonRpc;

namespace Safeguards.LanguageServer.Handlers;

internal sealed class HoverHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Hover, UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams parameters) =>
        HoverProvider.Hover(context.Snapshot(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class CompletionHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Completion, UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(CompletionParams parameters) =>
        CompletionProvider.Complete(context.Snapshot(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class DefinitionHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Definition, UseSingleObjectParameterDeserialization = true)]
    public Location[] Definition(TextDocumentPositionParams parameters) =>
        Navigation.Definition(context.Snapshot(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class ReferencesHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.References, UseSingleObjectParameterDeserialization = true)]
    public Location[] References(ReferenceParams parameters) =>
        Navigation.References(context.Snapshot(), parameters.TextDocument.Uri, parameters.Position, parameters.Context?.IncludeDeclaration ?? true);
}

internal sealed class PrepareRenameHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.PrepareRename, UseSingleObjectParameterDeserialization = true)]
    public PrepareRenameResult PrepareRename(TextDocumentPositionParams parameters) =>
        Navigation.PrepareRename(context.Snapshot(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class RenameHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Rename, UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit Rename(RenameParams parameters) =>
        Navigation.Rename(context.Snapshot(), parameters.TextDocument.Uri, parameters.Position, parameters.NewName);
}

internal sealed class DocumentSymbolHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.DocumentSymbol, UseSingleObjectParameterDeserialization = true)]
    public DocumentSymbol[] DocumentSymbol(DocumentSymbolParams parameters) =>
        Outline.DocumentSymbols(context.Snapshot(), parameters.TextDocument.Uri);
}

internal sealed class WorkspaceSymbolHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.WorkspaceSymbol, UseSingleObjectParameterDeserialization = true)]
    public SymbolInformation[] WorkspaceSymbol(WorkspaceSymbolParams parameters) =>
        Outline.WorkspaceSymbols(context.Snapshot(), parameters.Query ?? "");
}

internal sealed class DocumentHighlightHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.DocumentHighlight, UseSingleObjectParameterDeserialization = true)]
    public DocumentHighlight[] DocumentHighlight(TextDocumentPositionParams parameters) =>
        Navigation.Highlights(context.Snapshot(), parameters.TextDocument.Uri, parameters.Position);
}

internal sealed class FoldingRangeHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.FoldingRange, UseSingleObjectParameterDeserialization = true)]
    public FoldingRange[] FoldingRange(FoldingRangeParams parameters) =>
        Outline.FoldingRanges(context.Snapshot(), parameters.TextDocument.Uri);
}

internal sealed class SemanticTokensHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.SemanticTokensFull, UseSingleObjectParameterDeserialization = true)]
    public SemanticTokens SemanticTokens(SemanticTokensParams parameters) =>
        SemanticTokensProvider.Full(context.Snapshot(), parameters.TextDocument.Uri);
}

internal sealed class FormattingHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Formatting, UseSingleObjectParameterDeserialization = true)]
    public TextEdit[] Formatting(DocumentFormattingParams parameters) =>
        Actions.FormatDocument(context.Snapshot(), parameters.TextDocument.Uri);
}

internal sealed class RangeFormattingHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.RangeFormatting, UseSingleObjectParameterDeserialization = true)]
    public TextEdit[] RangeFormatting(DocumentRangeFormattingParams parameters) =>
        Actions.FormatRange(context.Snapshot(), parameters.TextDocument.Uri, parameters.Range);
}

internal sealed class CodeActionHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.CodeAction, UseSingleObjectParameterDeserialization = true)]
    public CodeAction[] CodeAction(CodeActionParams parameters) =>
        Actions.CodeActions(context.Snapshot(), parameters.TextDocument.Uri, parameters.Range, context.HelpLinks);
}

internal sealed class CodeLensHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.CodeLens, UseSingleObjectParameterDeserialization = true)]
    public CodeLens[] CodeLens(CodeLensParams parameters) => Actions.CodeLenses(context.Snapshot(), parameters.TextDocument.Uri);
}
