using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;
using Safeguards.LanguageServer.Server;
using Safeguards.Runtime;
using P = Safeguards.LanguageServer.Protocol;

namespace Safeguards.LanguageServer.Features;

/// <summary>Completion: classify the cursor's context first, then one generator per kind of context.</summary>
internal static class CompletionProvider
{
    public static P.CompletionList Complete(Snapshot snapshot, string uri, P.Position position)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return new P.CompletionList(false, []);
        var offset = Server.Convert.Offset(tree.Source, position);
        var context = CompletionContext.Classify(tree, offset);
        var items = Generate(snapshot.Compilation, tree, context);
        var range = Server.Convert.Range(tree.Source, context.Replace);
        var list = items.Select((item, i) => new P.CompletionItem
        {
            Label = item.Label,
            Kind = item.Kind,
            Detail = item.Detail,
            Documentation = item.Documentation is null ? null : P.MarkupContent.Markdown(item.Documentation),
            SortText = $"{item.Rank}{i:D4}",
            FilterText = item.Filter ?? item.Label,
            InsertTextFormat = item.Snippet ? P.InsertTextFormat.Snippet : P.InsertTextFormat.PlainText,
            TextEdit = new P.TextEdit(range, item.Insert ?? item.Label),
        }).ToArray();
        return new P.CompletionList(false, list);
    }

    // ---- generation ------------------------------------------------------------------------------

    private sealed record Item(string Label, int Kind, string? Detail = null, string? Documentation = null, string? Insert = null,
        bool Snippet = false, int Rank = 0, string? Filter = null);

    private static IEnumerable<Item> Generate(Compilation compilation, SyntaxTree tree, CompletionContext context)
    {
        var packs = SyntaxQuery.VisiblePacks(compilation, tree);
        CaseSymbol? Case() => context.CaseName is null ? null : SyntaxQuery.FindCase(compilation, tree, context.CaseName);
        switch (context.Kind)
        {
            case CompletionContextKind.TopLevel:
                return DeclarationItems(packs, 0);
            case CompletionContextKind.ClauseStart:
                return Keywords.ClauseKeywords(context.Declaration)
                    .Select(k => ClauseItem(context.Declaration, k))
                    .Concat(DeclarationItems(packs, 1));
            case CompletionContextKind.Keywords:
                var items = (context.Words ?? []).Select(w => new Item(w, P.CompletionItemKind.Keyword)).ToList();
                if (context.Name is { } name && Case() is { } c)
                {
                    // After a name in a condition: 'is' fits a fact, 'occurred' an event.
                    if (c.FindFact(name) is not null) items.RemoveAll(i => i.Label == "occurred");
                    else if (c.FindEvent(name) is not null) items.RemoveAll(i => i.Label == "is");
                }
                return items;
            case CompletionContextKind.Sources:
                return packs.SelectMany(p => p.Sources).Select(s => new Item(s.Name, P.CompletionItemKind.Module, s.Title,
                    HoverProvider.Describe(s, null)));
            case CompletionContextKind.Articles:
                var source = SyntaxQuery.FindSource(compilation, tree, context.Name ?? "");
                return source is null ? [] : source.Articles.Values.Select(a => new Item(a.Name, P.CompletionItemKind.Reference, a.Title,
                    HoverProvider.Describe(a, null)));
            case CompletionContextKind.Cases:
                return packs.SelectMany(p => p.Cases).Select(c => new Item(c.Name, P.CompletionItemKind.Struct, c.Title));
            case CompletionContextKind.Packs:
                return compilation.Packs.Where(p => p != compilation.PackOf(tree)).Select(p => new Item(p.Name, P.CompletionItemKind.Module, p.Title));
            case CompletionContextKind.Categories:
                return compilation.Safeguards.Select(s => s.Category).OfType<string>().Distinct().Order(StringComparer.Ordinal)
                    .Select(c => new Item(c, P.CompletionItemKind.Value));
            case CompletionContextKind.Condition:
                return Case() is { } conditionCase
                    ? conditionCase.Facts.Select(f => new Item(f.Name, P.CompletionItemKind.Field, $"fact: {f.TypeDescription}", f.Description))
                        .Concat(conditionCase.Events.Select(e => new Item(e.Name + " occurred", P.CompletionItemKind.Event, "event", e.Description,
                            Filter: e.Name, Rank: 1)))
                        .Append(new Item("not", P.CompletionItemKind.Keyword, Rank: 2))
                    : [new Item("not", P.CompletionItemKind.Keyword)];
            case CompletionContextKind.ConditionValue:
                var fact = Case()?.FindFact(context.Name ?? "");
                if (fact is null) return [new Item("not", P.CompletionItemKind.Keyword)];
                var values = fact.Type switch
                {
                    FactType.Boolean => ["yes", "no"],
                    FactType.Enumeration => fact.Values,
                    FactType.Number => ["at least", "at most", "more than", "less than"],
                    _ => [],
                };
                return values.Select(v => new Item(v, fact.Type == FactType.Number ? P.CompletionItemKind.Keyword : P.CompletionItemKind.EnumMember,
                        $"{fact.Name}: {fact.TypeDescription}"))
                    .Append(new Item("not", P.CompletionItemKind.Keyword, Rank: 1));
            case CompletionContextKind.ComparisonUnit:
                var compared = Case()?.FindFact(context.Name ?? "");
                var units = compared?.Unit is { } factUnit
                    ? LanguageFacts.DurationUnits.Where(u => new LegalDuration(1, u.Unit).Family == new LegalDuration(1, factUnit).Family)
                        .Select(u => new Item(u.Plural, P.CompletionItemKind.Unit, $"{compared.Name}: {compared.TypeDescription}"))
                    : [];
                return units.Concat((context.Words ?? []).Select(w => new Item(w, P.CompletionItemKind.Keyword, Rank: 1)));
            case CompletionContextKind.RequirementEvent:
                var events = Case()?.Events ?? (IEnumerable<EventSymbol>)packs.SelectMany(p => p.Cases).SelectMany(c => c.Events);
                return events.Select(e => new Item(e.Name, P.CompletionItemKind.Event, $"event of {e.Case.Name}", e.Description))
                    .Concat((context.Words ?? []).Select(w => new Item(w, P.CompletionItemKind.Keyword, Rank: 1)));
            case CompletionContextKind.DurationAmount:
                return packs.SelectMany(p => p.Constants).Select(c => new Item(c.Name, P.CompletionItemKind.Constant, $"= {c.Value}",
                    TimeWords.Duration(c.Value, c.Pack)));
            case CompletionContextKind.DurationUnit:
                return LanguageFacts.DurationUnits.Select(u => new Item(u.Plural, P.CompletionItemKind.Unit,
                        new LegalDuration(1, u.Unit).Family == DurationFamily.Exact ? "exact" : "calendar, in the pack's time zone"))
                    .Concat((context.Words ?? []).Select(w => new Item(w, P.CompletionItemKind.Unit, "in the pack's calendar", Rank: 1)));
            case CompletionContextKind.AttributeName:
                var owner = Case()?.FindEvent(context.Name ?? "");
                return owner is null ? [] : owner.Attributes.Select(a => new Item(a.Name, P.CompletionItemKind.Property, string.Join(" | ", a.Values)));
            case CompletionContextKind.AttributeValue:
                var attribute = Case()?.FindEvent(context.Words?.FirstOrDefault() ?? "")?.Attributes.FirstOrDefault(a => a.Name == context.Name);
                return attribute is null ? [] : attribute.Values.Select(v => new Item(v, P.CompletionItemKind.EnumMember, attribute.Name))
                    .Append(new Item("not", P.CompletionItemKind.Keyword, Rank: 1));
            case CompletionContextKind.CaseEvents:
                return Case() is { } ownCase ? ownCase.Events.Select(e => new Item(e.Name, P.CompletionItemKind.Event, e.Description)) : [];
            case CompletionContextKind.None:
                return [];
            default:
                throw new InvalidOperationException($"Completion has no generator for the context {context.Kind}.");
        }
    }

    private static Item ClauseItem(SyntaxKind declaration, SyntaxKind keyword)
    {
        var text = Keywords.TextOf(keyword);
        return (declaration, keyword) switch
        {
            (_, SyntaxKind.InKeyword) => new Item("in force", P.CompletionItemKind.Keyword, "in force from DATE until DATE",
                Insert: "in force ${1|from,until|} ${2:2015-01-01}", Snippet: true, Filter: "in"),
            (SyntaxKind.SafeguardKeyword, SyntaxKind.AppliesKeyword) => new Item("applies to", P.CompletionItemKind.Keyword, Insert: "applies to ", Filter: "applies"),
            (SyntaxKind.PackKeyword, SyntaxKind.TimeKeyword) => new Item("time zone", P.CompletionItemKind.Keyword, Insert: "time zone \"${1:Asia/Almaty}\"",
                Snippet: true, Filter: "time"),
            (SyntaxKind.PackKeyword, SyntaxKind.RoundKeyword) => new Item("round months", P.CompletionItemKind.Keyword, Insert: "round months ${1|down,up|}",
                Snippet: true, Filter: "round"),
            _ => new Item(text, P.CompletionItemKind.Keyword, Insert: text + " "),
        };
    }

    private static IEnumerable<Item> DeclarationItems(IReadOnlyList<PackSymbol> packs, int rank)
    {
        var source = packs.SelectMany(p => p.Sources).FirstOrDefault(s => s.Articles.Count > 0);
        var article = source?.Articles.Values.First();
        var @case = packs.SelectMany(p => p.Cases).FirstOrDefault();
        var trigger = @case?.Events.FirstOrDefault()?.Name ?? "trigger";
        var completing = @case?.Events.Skip(1).FirstOrDefault()?.Name ?? "completed";
        yield return new Item("safeguard", P.CompletionItemKind.Snippet, "a new safeguard",
            Insert: $"safeguard ${{1:ID}} \"${{2:What the law guarantees}}\"\n  cites ${{3:{source?.Name ?? "SOURCE"}}} article ${{4:{article?.Name ?? "NUMBER"}}}\n"
                + $"  applies to ${{5:{@case?.Name ?? "case"}}}\n  requires ${{6:{completing}}} within ${{7:3}} ${{8|hours,days,minutes,weeks,months|}} after ${{9:{trigger}}}\n$0",
            Snippet: true, Rank: rank);
        yield return new Item("source", P.CompletionItemKind.Snippet, "a law or instrument",
            Insert: "source ${1:NAME} \"${2:Title of the law}\"\n  status ${3|binding,treaty,soft,recommendation,gap|}\n$0", Snippet: true, Rank: rank);
        yield return new Item("article", P.CompletionItemKind.Snippet, "an article of a source, with its text",
            Insert: $"article ${{1:{source?.Name ?? "SOURCE"}}} ${{2:1}} \"${{3:Title}}\"\n  \"\"\"${{4:quoted text of the article}}\"\"\"\n$0", Snippet: true, Rank: rank);
        yield return new Item("case", P.CompletionItemKind.Snippet, "a case schema: events and facts",
            Insert: "case ${1:name} \"${2:What the case is}\"\n  event ${3:happened} \"${4:description}\" required\n  fact ${5:kind}: ${6:a | b}\n$0",
            Snippet: true, Rank: rank);
        yield return new Item("let", P.CompletionItemKind.Snippet, "a named duration", Insert: "let ${1:name} = ${2:72} ${3|hours,days,minutes,weeks,months|}",
            Snippet: true, Rank: rank);
        yield return new Item("import", P.CompletionItemKind.Keyword, "use another pack's declarations", Insert: "import ", Rank: rank);
        yield return new Item("pack", P.CompletionItemKind.Snippet, "the pack this file belongs to",
            Insert: "pack ${1:kz.name} \"${2:Title}\"\n  jurisdiction ${3:KZ}\n  time zone \"${4:Asia/Almaty}\"\n$0", Snippet: true, Rank: rank);
    }
}
