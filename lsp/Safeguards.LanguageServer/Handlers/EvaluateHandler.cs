using Safeguards.Evaluation;
using Safeguards.Language.Semantics;
using Safeguards.Language.Text;
using Safeguards.LanguageServer.Protocol;
using Safeguards.LanguageServer.Server;
using Safeguards.Runtime;
using StreamJsonRpc;

namespace Safeguards.LanguageServer.Handlers;

internal static partial class HandlerRegistry
{
    static partial void AddEvaluate(ServerContext context, List<object> handlers) => handlers.Add(new EvaluateHandler(context));
}

/// <summary><c>safeguards/evaluate</c>: evaluates the pack of the document (with the packs it imports) against
/// one case file, with the interpreter, as of a reference time. Case data is never logged.</summary>
internal sealed class EvaluateHandler(ServerContext context)
{
    [JsonRpcMethod(Methods.Evaluate, UseSingleObjectParameterDeserialization = true)]
    public async Task<EvaluateResult> Evaluate(EvaluateParams parameters)
    {
        var snapshot = await context.SnapshotAsync();
        // Reading the case and evaluating run off the message loop: other requests are answered meanwhile.
        return await Task.Run(() => Evaluate(snapshot, parameters)).ConfigureAwait(false);
    }

    private EvaluateResult Evaluate(Snapshot snapshot, EvaluateParams parameters)
    {
        var tree = snapshot.Tree(parameters.TextDocument.Uri)
            ?? throw ServerContext.Fail("The pack to evaluate is not open in the server; open the .sg file first.");

        // Only the document's pack and the packs it imports (transitively) are evaluated.
        var pack = snapshot.Compilation.PackOf(tree) ?? throw ServerContext.Fail("This file declares no pack ('pack NAME' on its first line).");
        var packs = new HashSet<PackSymbol>();
        var stack = new Stack<PackSymbol>([pack]);
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (!packs.Add(next)) continue;
            foreach (var imported in next.Imports) stack.Push(imported);
        }
        var trees = snapshot.Compilation.Trees.Where(t => snapshot.Compilation.PackOf(t) is { } owner && packs.Contains(owner)).ToList();
        var compilation = Compilation.Create(trees);
        var errors = compilation.Diagnostics.Count(d => d.Severity == Language.Diagnostics.DiagnosticSeverity.Error);
        if (!RuleSet.TryCreate(compilation, out var rulePack, out var error) || rulePack is null)
            throw ServerContext.Fail($"The pack cannot be evaluated: {error ?? "it has errors"}" + (errors > 0 ? $" ({errors} error(s) in the rule files)." : ""));

        var casePath = Uris.ToPath(parameters.CaseUri) ?? throw ServerContext.Fail($"'{parameters.CaseUri}' is not a file URI.");
        // Only a regular file, and at most the CLI's limit for one case: a FIFO or /dev/zero must not hang or exhaust the server.
        var json = BoundedFile.ReadBytes(casePath, out var readError)
            ?? throw ServerContext.Fail($"Cannot read the case file: {readError}.");
        var read = new CaseReader(rulePack.Schema).ReadJson(json, Path.GetFileName(casePath));
        var record = read.Record;
        if (record is null)
            throw ServerContext.Fail("The case file is not valid: " + string.Join("; ", read.Errors.Take(5).Select(e => e.ToString())));

        var asOf = AsOf(parameters.AsOf);
        var findings = rulePack.Explain(record, asOf);
        context.Log($"evaluated {findings.Count} finding(s) for {Path.GetFileName(casePath)}"); // counts only, never case data
        return new EvaluateResult(findings.Select(f => new EvaluateFinding(
            f.SafeguardId,
            f.Title,
            OutcomeNames.ToJson(f.Outcome),
            f.Severity.ToString().ToLowerInvariant(),
            f.Citations.Select(c => c.Provision is null ? $"{c.Source} ({c.SourceTitle})" : $"{c.Source} {c.Provision} ({c.SourceTitle})").ToArray(),
            f.Message is { Length: > 0 } message ? $"{f.Evidence.Reason} {message}" : f.Evidence.Reason)).ToArray());
    }

    /// <summary>The reference time, read as the command line reads --as-of; now when absent.</summary>
    private static long AsOf(string? text) =>
        AsOfTime.TryParse(text, DateTimeOffset.UtcNow.UtcTicks, out var utcTicks, out var error)
            ? utcTicks
            : throw ServerContext.Fail($"This is not a reference time: {error}.");
}
