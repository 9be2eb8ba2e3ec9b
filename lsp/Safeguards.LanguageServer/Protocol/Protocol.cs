using System.Text.Json;
using System.Text.Json.Serialization;

// The Language Server Protocol 3.17 types this server uses, and only those, in one place. Names follow
// the specification; JSON names are the camel-case forms (the serializer's naming policy), so a property
// needs an attribute only where the specification's name is not the camel-case of ours.
namespace Safeguards.LanguageServer.Protocol;

public static class Methods
{
    public const string Initialize = "initialize";
    public const string Initialized = "initialized";
    public const string Shutdown = "shutdown";
    public const string Exit = "exit";
    public const string DidOpen = "textDocument/didOpen";
    public const string DidChange = "textDocument/didChange";
    public const string DidClose = "textDocument/didClose";
    public const string DidSave = "textDocument/didSave";
    public const string DidChangeWatchedFiles = "workspace/didChangeWatchedFiles";
    public const string PublishDiagnostics = "textDocument/publishDiagnostics";
    public const string LogMessage = "window/logMessage";
    public const string Hover = "textDocument/hover";
    public const string Completion = "textDocument/completion";
    public const string Definition = "textDocument/definition";
    public const string References = "textDocument/references";
    public const string PrepareRename = "textDocument/prepareRename";
    public const string Rename = "textDocument/rename";
    public const string DocumentSymbol = "textDocument/documentSymbol";
    public const string WorkspaceSymbol = "workspace/symbol";
    public const string DocumentHighlight = "textDocument/documentHighlight";
    public const string FoldingRange = "textDocument/foldingRange";
    public const string SemanticTokensFull = "textDocument/semanticTokens/full";
    public const string Formatting = "textDocument/formatting";
    public const string RangeFormatting = "textDocument/rangeFormatting";
    public const string CodeAction = "textDocument/codeAction";
    public const string CodeLens = "textDocument/codeLens";

    /// <summary>Custom: evaluate the safeguards of a pack against a case file.</summary>
    public const string Evaluate = "safeguards/evaluate";

    /// <summary>Custom, for tests and tools: the server's copy of a document.</summary>
    public const string DocumentText = "safeguards/documentText";
}

public static class ErrorCodes
{
    public const int InvalidParams = -32602;
    public const int RequestFailed = -32803;
    public const int ServerNotInitialized = -32002;
}

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

// ---- lifecycle ---------------------------------------------------------------------------------

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed class InitializeParams
{
    public int? ProcessId { get; init; }
    public string? RootUri { get; init; }
    public string? RootPath { get; init; }
    public WorkspaceFolder[]? WorkspaceFolders { get; init; }
    public JsonElement? InitializationOptions { get; init; }
    public JsonElement? Capabilities { get; init; }
}

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

public sealed class ServerCapabilities
{
    public TextDocumentSyncOptions TextDocumentSync { get; init; } = new();
    public bool HoverProvider { get; init; } = true;
    public CompletionOptions CompletionProvider { get; init; } = new();
    public bool DefinitionProvider { get; init; } = true;
    public bool ReferencesProvider { get; init; } = true;
    public RenameOptions RenameProvider { get; init; } = new();
    public bool DocumentSymbolProvider { get; init; } = true;
    public bool WorkspaceSymbolProvider { get; init; } = true;
    public bool DocumentHighlightProvider { get; init; } = true;
    public bool FoldingRangeProvider { get; init; } = true;
    public SemanticTokensOptions SemanticTokensProvider { get; init; } = new();
    public bool DocumentFormattingProvider { get; init; } = true;
    public bool DocumentRangeFormattingProvider { get; init; } = true;
    public CodeActionOptions CodeActionProvider { get; init; } = new();
    public CodeLensOptions CodeLensProvider { get; init; } = new();
}

public static class TextDocumentSyncKind
{
    public const int Full = 1;
    public const int Incremental = 2;
}

public sealed class TextDocumentSyncOptions
{
    public bool OpenClose { get; init; } = true;
    public int Change { get; init; } = TextDocumentSyncKind.Incremental;
    public SaveOptions Save { get; init; } = new();
}

public sealed record SaveOptions(bool IncludeText = false);

public sealed class CompletionOptions
{
    public string[] TriggerCharacters { get; init; } = [" ", ":", "|"];
    public bool ResolveProvider { get; init; }
}

public sealed record RenameOptions(bool PrepareProvider = true);

public sealed record CodeActionOptions(string[]? CodeActionKinds = null)
{
    public static readonly string QuickFix = "quickfix";
}

public sealed record CodeLensOptions(bool ResolveProvider = false);

public sealed class SemanticTokensOptions
{
    public SemanticTokensLegend Legend { get; init; } = new(SemanticTokenTypes.All, SemanticTokenModifiers.All);
    public bool Full { get; init; } = true;
    public bool Range { get; init; }
}

public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

public static class SemanticTokenTypes
{
    public static readonly string[] All =
        ["namespace", "type", "class", "enumMember", "event", "property", "variable", "function", "keyword", "string", "number",
         "comment", "operator", "macro", "parameter"];

    public static int IndexOf(string type) => Array.IndexOf(All, type);
}

public static class SemanticTokenModifiers
{
    public static readonly string[] All = ["declaration", "readonly"];
}

// ---- documents ---------------------------------------------------------------------------------

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record DocumentTextParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentTextResult(string Uri, int Version, string Text);

// ---- diagnostics -------------------------------------------------------------------------------

public static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed class Diagnostic
{
    public required Range Range { get; init; }
    public int Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string Source { get; init; } = "safeguards";
    public required string Message { get; init; }
    public DiagnosticRelatedInformation[]? RelatedInformation { get; init; }
}

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

public sealed record LogMessageParams(int Type, string Message);

// ---- language features -------------------------------------------------------------------------

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public sealed record Hover(MarkupContent Contents, Range? Range);

public static class CompletionItemKind
{
    public const int Text = 1, Function = 3, Field = 5, Variable = 6, Class = 7, Module = 9, Property = 10, Unit = 11, Value = 12,
        Enum = 13, Keyword = 14, Snippet = 15, Reference = 18, Folder = 19, EnumMember = 20, Constant = 21, Struct = 22, Event = 23;
}

public static class InsertTextFormat
{
    public const int PlainText = 1;
    public const int Snippet = 2;
}

public sealed class CompletionItem
{
    public required string Label { get; init; }
    public int? Kind { get; init; }
    public string? Detail { get; init; }
    public MarkupContent? Documentation { get; init; }
    public string? SortText { get; init; }
    public string? FilterText { get; init; }
    public int? InsertTextFormat { get; init; }
    public TextEdit? TextEdit { get; init; }
}

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, JsonElement? Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public static class SymbolKind
{
    public const int File = 1, Module = 2, Namespace = 3, Package = 4, Class = 5, Property = 7, Field = 8, Enum = 10, Function = 12,
        Variable = 13, Constant = 14, String = 15, Number = 16, Key = 20, EnumMember = 22, Struct = 23, Event = 24;
}

public sealed class DocumentSymbol
{
    public required string Name { get; init; }
    public string? Detail { get; init; }
    public int Kind { get; init; }
    public required Range Range { get; init; }
    public required Range SelectionRange { get; init; }
    public DocumentSymbol[]? Children { get; init; }
}

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

public static class DocumentHighlightKind
{
    public const int Text = 1, Read = 2, Write = 3;
}

public sealed record DocumentHighlight(Range Range, int Kind);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

public sealed class FoldingRange
{
    public int StartLine { get; init; }
    public int EndLine { get; init; }
    public string? Kind { get; init; }
}

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokens(int[] Data);

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

public sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, Range Range, FormattingOptions? Options);

public sealed record CodeActionContext(Diagnostic[] Diagnostics, string[]? Only);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed class CodeAction
{
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public Diagnostic[]? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
}

public sealed record Command(string Title, [property: JsonPropertyName("command")] string CommandName, object[]? Arguments);

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

public sealed record CodeLens(Range Range, Command? Command);

// ---- safeguards/evaluate -----------------------------------------------------------------------

public sealed record EvaluateParams(TextDocumentIdentifier TextDocument, string CaseUri, string? AsOf);

public sealed record EvaluateFinding(string SafeguardId, string Title, string Outcome, string Severity, string[] Citations, string Explanation);

public sealed record EvaluateResult(EvaluateFinding[] Findings);
