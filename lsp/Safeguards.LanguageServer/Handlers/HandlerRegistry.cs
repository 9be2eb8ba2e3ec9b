using Safeguards.LanguageServer.Server;

namespace Safeguards.LanguageServer.Handlers;

/// <summary>Every handler, one class per LSP method.</summary>
internal static partial class HandlerRegistry
{
    public static IEnumerable<object> Create(ServerContext context) =>
    [
        new InitializeHandler(context), new InitializedHandler(context), new ShutdownHandler(context), new ExitHandler(context),
        new DidOpenHandler(context), new DidChangeHandler(context), new DidCloseHandler(context), new DidSaveHandler(context),
        new DidChangeWatchedFilesHandler(context), new DocumentTextHandler(context),
        new HoverHandler(context), new CompletionHandler(context), new DefinitionHandler(context), new ReferencesHandler(context),
        new PrepareRenameHandler(context), new RenameHandler(context), new DocumentSymbolHandler(context),
        new WorkspaceSymbolHandler(context), new DocumentHighlightHandler(context), new FoldingRangeHandler(context),
        new SemanticTokensHandler(context), new FormattingHandler(context), new RangeFormattingHandler(context),
        new CodeActionHandler(context), new CodeLensHandler(context), .. EvaluateHandlers(context),
    ];

    static partial void AddEvaluate(ServerContext context, List<object> handlers);

    private static List<object> EvaluateHandlers(ServerContext context)
    {
        var handlers = new List<object>();
        AddEvaluate(context, handlers);
        return handlers;
    }
}
