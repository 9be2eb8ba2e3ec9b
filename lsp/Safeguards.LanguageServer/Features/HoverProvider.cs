using Safeguards.Runtime.CompilerServices;
using System.Text;
using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.LanguageServer.Server;
using P = Safeguards.LanguageServer.Protocol;

namespace Safeguards.LanguageServer.Features;

/// <summary>Hover: what a name refers to, in the words of the law and of the case schema; what a
/// duration or a whole requirement means in time.</summary>
internal static class HoverProvider
{
    public static P.Hover? Hover(Snapshot snapshot, string uri, P.Position position)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return null;
        var offset = Server.Convert.Offset(tree.Source, position);
        var token = SyntaxQuery.TokenAt(tree, offset);
        if (token is null) return null;
        var compilation = snapshot.Compilation;
        var pack = compilation.PackOf(tree);
        var range = Server.Convert.Range(tree.Source, token.Span);

        // A citation: the source, the article, its text and its period, wherever the cursor is in the clause.
        if (SyntaxQuery.Ancestor<CitesClauseSyntax>(token) is { } cites)
        {
            var source = SyntaxQuery.FindSource(compilation, tree, cites.Source.Text);
            if (source is not null)
            {
                ArticleSymbol? article = null;
                // The binder resolved the provision's name ("§ 128(1)", "para 54"); the number's text alone is not it.
                if (cites.Article is { } number)
                    article = compilation.ReferenceAt(number)?.Symbol as ArticleSymbol ?? source.Articles.GetValueOrDefault(number.Text);
                return Result(article is not null ? Article(article) : Source(source)
                    + (cites.Article is { } missing && article is null ? $"\n\n*No article {missing.Text} is declared for this source.*" : ""), range);
            }
        }

        // A duration: its meaning on its own.
        if (SyntaxQuery.Ancestor<DurationSyntax>(token) is { } durationSyntax)
        {
            var constant = compilation.ReferenceAt(durationSyntax.NumberOrName)?.Symbol as ConstantSymbol;
            var duration = constant?.Value ?? TimeWords.FromSyntax(durationSyntax);
            if (duration is not null)
            {
                var text = (constant is null ? "" : $"**constant** `{constant.Name}` = {constant.Value}\n\n") + TimeWords.Duration(duration.Value, pack);
                return Result(text, Server.Convert.Range(tree.Source, durationSyntax.Span));
            }
        }

        // The requires keyword or a word of the timing: the whole requirement.
        if (SyntaxQuery.Ancestor<RequiresClauseSyntax>(token) is { } requires
            && (token == requires.Keyword || SyntaxQuery.Ancestor<TimingSyntax>(token) is not null
                || (requires.Requirement is CountRequirementSyntax count && token != count.Target.Name)))
        {
            var bound = compilation.Safeguards.SelectMany(s => s.Requirements).FirstOrDefault(r => r.Syntax == requires.Requirement);
            if (bound is not null) return Result(TimeWords.Requirement(bound, pack), Server.Convert.Range(tree.Source, requires.Span));
            return Result("*This requirement cannot be read yet: fix the errors in it to see what it means.*", range);
        }

        var reference = compilation.ReferenceAt(token);
        if (reference is not null) return Result(Describe(reference.Symbol, pack), range);

        // A declaration whose name the binder did not record (a duplicate, for instance): at least say what it is.
        return token.IsKeyword ? Result(Keyword(token), range) : null;
    }

    private static P.Hover Result(string markdown, P.Range range) => new(P.MarkupContent.Markdown(markdown), range);

    // Over the closed set of symbol kinds (the build checks the switch covers them); each kind is one type.
    public static string Describe(Symbol symbol, PackSymbol? pack) => symbol.Kind switch
    {
        SymbolKind.Source => Source((SourceSymbol)symbol),
        SymbolKind.Article => Article((ArticleSymbol)symbol),
        SymbolKind.Event => Event((EventSymbol)symbol),
        SymbolKind.Fact => Fact((FactSymbol)symbol),
        SymbolKind.Case => Case((CaseSymbol)symbol),
        SymbolKind.Constant => Constant((ConstantSymbol)symbol),
        SymbolKind.Safeguard => Safeguard((SafeguardSymbol)symbol),
        SymbolKind.Pack => Pack((PackSymbol)symbol),
        SymbolKind.Attribute => Attribute((AttributeSymbol)symbol),
        SymbolKind.Calendar => Calendar((CalendarSymbol)symbol),
        SymbolKind.Instant => Instant((InstantSymbol)symbol),
    };

    private static string Calendar(CalendarSymbol calendar) =>
        $"**calendar** `{calendar.Name}`{(calendar.Title is null ? "" : $" — {calendar.Title}")}\n\n"
        + $"The working days of pack `{calendar.Pack.Name}`. Weekend: {string.Join(", ", calendar.Calendar.WeekendDays)} · {calendar.Calendar.Holidays.Count} holiday(s)";

    private static string Instant(InstantSymbol instant) =>
        $"**instant** `{instant.Name}` = {instant.Syntax.ToFullString().Trim()}";

    private static string Constant(ConstantSymbol constant) =>
        $"**constant** `{constant.Name}` = {constant.Value}\n\n" + TimeWords.Duration(constant.Value, constant.Pack);

    private static string Pack(PackSymbol p) =>
        $"**pack** `{p.Name}`{(p.Title is null ? "" : $" — {p.Title}")}\n\n"
        + $"Jurisdiction: {p.Jurisdiction ?? "not given"} · time zone: {p.TimeZoneId ?? "not given"} · "
        + $"{p.Sources.Count} source(s), {p.Cases.Count} case(s), {p.Safeguards.Count} safeguard(s)";

    private static string Attribute(AttributeSymbol attribute) =>
        $"**attribute** `{attribute.Name}` of event `{attribute.Owner.Name}`: {string.Join(" | ", attribute.Values)}";

    private static string Source(SourceSymbol source) =>
        $"**{source.Name}** — {source.Title}\n\n"
        + (source.Court is { } court ? $"Judgment of {court}{(source.Decided is { } day ? $" of {day:yyyy-MM-dd}" : "")} · " : "")
        + $"Status: {Status(source.Status)} · in force {source.InForce}"
        + (source.Articles.Count > 0 ? $" · {source.Articles.Count} article(s) declared" : "");

    private static string Article(ArticleSymbol article)
    {
        var text = new StringBuilder();
        text.Append($"**{article.Source.Name} {article.Provision}**");
        if (article.Title is not null) text.Append($" — {article.Title}");
        text.Append($"\n\n{article.Source.Title} ({Status(article.Source.Status)})");
        if (article.Text is { Length: > 0 } quoted)
        {
            text.Append("\n\n");
            foreach (var line in quoted.Split('\n')) text.Append("> ").Append(line.Trim()).Append('\n');
        }
        text.Append($"\n\nIn force {article.InForce}.");
        return text.ToString();
    }

    private static string Event(EventSymbol e)
    {
        var text = new StringBuilder($"**event** `{e.Name}` of case `{e.Case.Name}`");
        if (e.Description is not null) text.Append($"\n\n{e.Description}");
        var notes = new List<string>();
        if (e.Required) notes.Add("required: every case must record it");
        if (e.RefersTo is not null) notes.Add($"refers to `{e.RefersTo.Name}`");
        foreach (var attribute in e.Attributes) notes.Add($"attribute `{attribute.Name}`: {string.Join(" | ", attribute.Values)}");
        if (notes.Count > 0) text.Append("\n\n").Append(string.Join(" · ", notes));
        text.Append("\n\nType: event (a moment or a period in the case's timeline)");
        return text.ToString();
    }

    private static string Fact(FactSymbol fact) =>
        $"**fact** `{fact.Name}` of case `{fact.Case.Name}`: {fact.TypeDescription}"
        + (fact.Description is null ? "" : $"\n\n{fact.Description}")
        + $"\n\nType: {fact.TypeDescription}";

    private static string Case(CaseSymbol @case) =>
        $"**case** `{@case.Name}`{(@case.Title is null ? "" : $" — {@case.Title}")}\n\n"
        + $"Events: {string.Join(", ", @case.Events.Select(e => $"`{e.Name}`"))}\n\n"
        + $"Facts: {(@case.Facts.Count == 0 ? "none" : string.Join(", ", @case.Facts.Select(f => $"`{f.Name}`")))}";

    private static string Safeguard(SafeguardSymbol safeguard)
    {
        var text = new StringBuilder($"**safeguard** `{safeguard.Name}` — {safeguard.Title}\n\n");
        text.Append($"Cites: {(safeguard.Citations.Count == 0 ? "nothing yet" : string.Join("; ", safeguard.Citations.Select(c => c.ToString())))}\n\n");
        text.Append($"Severity: {safeguard.Severity.ToString().ToLowerInvariant()} · status: {Status(safeguard.Status)}");
        if (safeguard.Category is not null) text.Append($" · category: {safeguard.Category}");
        text.Append($"\n\nApplies to: {(safeguard.Case is null ? "(no case yet)" : $"`{safeguard.Case.Name}`")}"
            + $"{(safeguard.Syntax.Clauses.OfType<AppliesClauseSyntax>().FirstOrDefault()?.Condition is { } condition ? $" when {condition.ToFullString().Trim()}" : "")}");
        foreach (var requirement in safeguard.Requirements)
        {
            text.Append($"\n\nRequires: {requirement.Match(deadline: d => d.Describe(), count: c => c.Describe(), wait: w => w.Describe())}");
        }
        if (!safeguard.ApplicablePeriod.Equals(LegalPeriod.Always)) text.Append($"\n\nCan apply {safeguard.ApplicablePeriod}.");
        if (safeguard.Because is not null) text.Append($"\n\n*{safeguard.Because}*");
        return text.ToString();
    }

    private static string Status(Runtime.LegalStatus status) => status.ToString().ToLowerInvariant();

    private static string Keyword(SyntaxToken token) => token.Kind switch
    {
        SyntaxKind.CitesKeyword => "`cites SOURCE article NUMBER`: the law this safeguard enforces.",
        SyntaxKind.AppliesKeyword => "`applies to CASE when CONDITION`: which cases the safeguard is about.",
        SyntaxKind.SeverityKeyword => "`severity error | warning | info`: defaults from the cited source's status.",
        SyntaxKind.StatusKeyword => "`status binding | treaty | soft | recommendation | gap`",
        SyntaxKind.RequiresKeyword => "`requires ...`: what must happen, and when.",
        _ => $"keyword `{token.Text}`",
    };
}
