using Safeguards.Language.Semantics;
using Safeguards.Language.Syntax;
using Safeguards.Language.Text;
using Safeguards.LanguageServer.Server;
using Safeguards.Runtime;
using P = Safeguards.LanguageServer.Protocol;

namespace Safeguards.LanguageServer.Features;

/// <summary>Where the cursor is, for completion. Classified from the tokens before the cursor (not from the
/// parse), so it works on half-typed clauses the parser could not read.</summary>
internal enum CompletionContextKind
{
    None,
    TopLevel,
    ClauseStart,
    Keywords,
    Sources,
    Articles,
    Cases,
    Condition,
    ConditionValue,
    RequirementEvent,
    DurationUnit,
    DurationAmount,
    AttributeName,
    AttributeValue,
    CaseEvents,
    Packs,
    Categories,
}

internal sealed record CompletionContext(
    CompletionContextKind Kind,
    TextSpan Replace,
    SyntaxKind Declaration = SyntaxKind.EndOfFile,
    string? Name = null,
    string? CaseName = null,
    IReadOnlyList<string>? Words = null);

/// <summary>Completion: classify the cursor's context first, then one generator per kind of context.</summary>
internal static class CompletionProvider
{
    public static P.CompletionList Complete(Snapshot snapshot, string uri, P.Position position)
    {
        var tree = snapshot.Tree(uri);
        if (tree is null) return new P.CompletionList(false, []);
        var offset = Server.Convert.Offset(tree.Source, position);
        var context = Classify(tree, offset);
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

    // ---- classification --------------------------------------------------------------------------

    public static CompletionContext Classify(SyntaxTree tree, int offset)
    {
        var tokens = SyntaxQuery.Tokens(tree);
        var none = new CompletionContext(CompletionContextKind.None, new TextSpan(offset, 0));
        var at = SyntaxQuery.IndexAtOrBefore(tokens, offset);

        // Inside a comment or a quoted text: nothing to offer.
        var next = at + 1 < tokens.Length ? tokens[at + 1] : null;
        foreach (var candidate in new[] { at >= 0 ? tokens[at] : null, next })
        {
            if (candidate is null) continue;
            if (candidate.LeadingTrivia.Any(t => t.Kind == SyntaxKind.Comment && t.Span.Start < offset && offset <= t.Span.End)) return none;
        }
        if (at >= 0 && tokens[at].Kind is SyntaxKind.String or SyntaxKind.TripleString)
        {
            var s = tokens[at].Span;
            var closed = tokens[at].Text.Length >= 2 && tokens[at].Text.EndsWith('"');
            if (s.Start < offset && (offset < s.End || (offset == s.End && !closed))) return none;
        }

        // The word being typed, if any, is replaced by the chosen item.
        var replace = new TextSpan(offset, 0);
        var last = at; // index of the last token before the word being typed
        if (at >= 0 && tokens[at].Kind != SyntaxKind.EndOfFile && SyntaxQuery.IsWord(tokens[at])
            && tokens[at].Span.Start < offset && offset <= tokens[at].Span.End)
        {
            replace = tokens[at].Span;
            last = at - 1;
        }
        else
        {
            while (last >= 0 && (tokens[last].Kind == SyntaxKind.EndOfFile || tokens[last].Span.Start >= offset)) last--;
        }

        var lineStart = tree.Source.Lines.LineStart(tree.Source.Lines.GetPosition(offset).Line);
        var atLineStart = last < 0 || tokens[last].Span.End <= lineStart;

        // The declaration and the clause the cursor is in.
        int declaration = -1, clause = -1;
        for (var i = last; i >= 0; i--)
        {
            if (StartsDeclaration(tokens, i)) { declaration = i; break; }
        }
        if (declaration < 0) return new CompletionContext(CompletionContextKind.TopLevel, replace);
        var declarationKind = tokens[declaration].Kind;
        for (var i = last; i > declaration; i--)
        {
            if (Keywords.StartsClause(declarationKind, tokens[i].Kind)) { clause = i; break; }
        }
        if (atLineStart) return new CompletionContext(CompletionContextKind.ClauseStart, replace, declarationKind);

        var declarationName = declaration + 1 < tokens.Length && tokens[declaration + 1].Kind == SyntaxKind.Identifier
            ? tokens[declaration + 1].Text : null;
        if (clause < 0)
        {
            var header = Words(tokens, declaration + 1, last);
            return declarationKind switch
            {
                SyntaxKind.ImportKeyword => new CompletionContext(CompletionContextKind.Packs, replace),
                SyntaxKind.ArticleKeyword when header.Count == 0 => new CompletionContext(CompletionContextKind.Sources, replace),
                SyntaxKind.LetKeyword when header.Count == 3 && header[1] == "=" && int.TryParse(header[2], out _) =>
                    new CompletionContext(CompletionContextKind.DurationUnit, replace),
                _ => none,
            };
        }

        var words = Words(tokens, clause + 1, last);
        var clauseKind = tokens[clause].Kind;
        CompletionContext Keys(params string[] keywords) => new(CompletionContextKind.Keywords, replace, declarationKind, Words: keywords);
        switch (clauseKind)
        {
            case SyntaxKind.CitesKeyword:
                return words.Count switch
                {
                    0 => new CompletionContext(CompletionContextKind.Sources, replace),
                    1 => Keys("article"),
                    2 when words[1] == "article" => new CompletionContext(CompletionContextKind.Articles, replace, Name: words[0]),
                    _ => none,
                };
            case SyntaxKind.AppliesKeyword:
                if (words.Count == 0) return Keys("to");
                if (words.Count == 1) return words[0] == "to" ? new CompletionContext(CompletionContextKind.Cases, replace) : none;
                if (words.Count == 2) return Keys("when");
                return words[2] == "when" ? ClassifyCondition(words.Skip(3).ToList(), words[1], replace, declarationKind) : none;
            case SyntaxKind.RequiresKeyword:
                return ClassifyRequirement(words, CaseOfSafeguard(tokens, declaration), replace, declarationKind);
            case SyntaxKind.SeverityKeyword when words.Count == 0:
                return Keys([.. LanguageFacts.SeverityKeywords.Select(k => k.Text)]);
            case SyntaxKind.StatusKeyword when words.Count == 0:
                return Keys([.. LanguageFacts.StatusKeywords.Select(k => k.Text)]);
            case SyntaxKind.CategoryKeyword when words.Count == 0:
                return new CompletionContext(CompletionContextKind.Categories, replace);
            case SyntaxKind.InKeyword:
                return words.Count switch
                {
                    0 => Keys("force"),
                    1 => Keys("from", "until"),
                    3 when words[1] == "from" => Keys("until"),
                    _ => none,
                };
            case SyntaxKind.TimeKeyword when words.Count == 0:
                return Keys("zone");
            case SyntaxKind.RoundKeyword:
                return words.Count == 0 ? Keys("months") : words.Count == 1 ? Keys([.. LanguageFacts.RoundingKeywords.Select(k => k.Text)]) : none;
            case SyntaxKind.EventKeyword when words.Count >= 1:
                if (words[^1] == "refers") return Keys("to");
                if (words[^1] == "to" && words.Count >= 2 && words[^2] == "refers")
                    return new CompletionContext(CompletionContextKind.CaseEvents, replace, CaseName: declarationName);
                return words.Contains("with") ? none : Keys("required", "with", "refers");
            case SyntaxKind.FactKeyword when words.Count >= 1 && words[^1] == ":":
                return Keys([.. LanguageFacts.FactTypeKeywords.Select(Keywords.TextOf)]);
        }
        return none;
    }

    private static CompletionContext ClassifyCondition(List<string> words, string caseName, TextSpan replace, SyntaxKind declaration)
    {
        CompletionContext Keys(params string[] keywords) => new(CompletionContextKind.Keywords, replace, declaration, Words: keywords);
        var last = words.Count > 0 ? words[^1] : null;
        if (last == "not" && words.Count >= 3 && words[^2] == "is")
            return new CompletionContext(CompletionContextKind.ConditionValue, replace, declaration, words[^3], caseName);
        switch (last)
        {
            case null or "and" or "or" or "not" or "(":
                return new CompletionContext(CompletionContextKind.Condition, replace, declaration, CaseName: caseName);
            case "is":
                return words.Count >= 2 ? new CompletionContext(CompletionContextKind.ConditionValue, replace, declaration, words[^2], caseName) : Keys();
            case "at":
                return Keys("least", "most");
            case "more" or "less":
                return Keys("than");
        }
        if (words.Count >= 2 && words[^2] is "is" or "not" or "occurred" or "least" or "most" or "than" || last is "occurred" or ")")
            return Keys("and", "or");
        // After a fact or event name.
        return new CompletionContext(CompletionContextKind.Keywords, replace, declaration, last, caseName, ["is", "occurred", "and", "or"]);
    }

    private static CompletionContext ClassifyRequirement(List<string> words, string? caseName, TextSpan replace, SyntaxKind declaration)
    {
        CompletionContext Keys(params string[] keywords) => new(CompletionContextKind.Keywords, replace, declaration, Words: keywords);
        CompletionContext Events() => new(CompletionContextKind.RequirementEvent, replace, declaration, CaseName: caseName,
            Words: words.Count == 0 ? ["each", "at most"] : words[0] == "each" && words[^1] is "after" or "before" ? ["each"] : []);
        var last = words.Count > 0 ? words[^1] : null;
        if (last is null || last is "each" or "or" or "after" or "before") return Events();
        if (last == "at") return Keys("most");
        if (last == "no") return Keys("later than");
        if (last == "later") return Keys("than");
        if (last == "immediately") return Keys("after");
        if (last is "within" or "than")
            return new CompletionContext(CompletionContextKind.DurationAmount, replace, declaration, CaseName: caseName);
        if (int.TryParse(last, out _))
            return words.Count >= 2 && words[^2] == "most"
                ? new CompletionContext(CompletionContextKind.RequirementEvent, replace, declaration, CaseName: caseName)
                : new CompletionContext(CompletionContextKind.DurationUnit, replace);

        // Inside "where" filters.
        var where = words.LastIndexOf("where");
        var afterTiming = words.FindLastIndex(w => w is "after" or "before");
        if (where >= 1 && where > afterTiming - 1)
        {
            var eventName = words[where - 1];
            var filter = words.Skip(where + 1).ToList();
            var filterLast = filter.Count > 0 ? filter[^1] : null;
            if (filterLast is null or "and") return new CompletionContext(CompletionContextKind.AttributeName, replace, declaration, eventName, caseName);
            if (filterLast == "is" && filter.Count >= 2)
                return new CompletionContext(CompletionContextKind.AttributeValue, replace, declaration, filter[^2], caseName, [eventName]);
            if (filterLast == "not" && filter.Count >= 3 && filter[^2] == "is")
                return new CompletionContext(CompletionContextKind.AttributeValue, replace, declaration, filter[^3], caseName, [eventName]);
            if (filter.Count % 4 == 1 || (filter.Count >= 2 && filter[^2] == "and")) return Keys("is");
            return afterTiming >= 0 && where > afterTiming ? Keys("and") : Keys("and", "within", "no later than", "immediately after", "before");
        }
        var unit = LanguageFacts.IsDurationUnit(Keywords.Classify(last));
        if (unit || (words.Count >= 2 && words[^2] is "within" or "than"))
            return words.Contains("within") ? Keys("after") : Keys("before");
        if (afterTiming >= 0) return Keys("where");
        return Keys("within", "no later than", "immediately after", "before", "or", "where");
    }

    private static List<string> Words(SyntaxToken[] tokens, int from, int to)
    {
        var words = new List<string>();
        for (var i = from; i <= to && i < tokens.Length; i++)
            if (tokens[i].Kind != SyntaxKind.EndOfFile) words.Add(tokens[i].Text);
        return words;
    }

    private static bool StartsDeclaration(SyntaxToken[] tokens, int index) => LanguageFacts.StartsDeclarationAt(tokens, index);

    /// <summary>The case named in the safeguard's <c>applies to</c> clause, read from its tokens.</summary>
    private static string? CaseOfSafeguard(SyntaxToken[] tokens, int declaration)
    {
        for (var i = declaration + 1; i + 2 < tokens.Length && !StartsDeclaration(tokens, i); i++)
        {
            if (tokens[i].Kind == SyntaxKind.AppliesKeyword && tokens[i + 1].Kind == SyntaxKind.ToKeyword && tokens[i + 2].Kind == SyntaxKind.Identifier)
                return tokens[i + 2].Text;
        }
        return null;
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
            case CompletionContextKind.RequirementEvent:
                var events = Case()?.Events ?? (IEnumerable<EventSymbol>)packs.SelectMany(p => p.Cases).SelectMany(c => c.Events);
                return events.Select(e => new Item(e.Name, P.CompletionItemKind.Event, $"event of {e.Case.Name}", e.Description))
                    .Concat((context.Words ?? []).Select(w => new Item(w, P.CompletionItemKind.Keyword, Rank: 1)));
            case CompletionContextKind.DurationAmount:
                return packs.SelectMany(p => p.Constants).Select(c => new Item(c.Name, P.CompletionItemKind.Constant, $"= {c.Value}",
                    TimeWords.Duration(c.Value, c.Pack)));
            case CompletionContextKind.DurationUnit:
                return LanguageFacts.DurationUnits.Select(u => new Item(u.Plural, P.CompletionItemKind.Unit,
                    new LegalDuration(1, u.Unit).Family == DurationFamily.Exact ? "exact" : "calendar, in the pack's time zone"));
            case CompletionContextKind.AttributeName:
                var owner = Case()?.FindEvent(context.Name ?? "");
                return owner is null ? [] : owner.Attributes.Select(a => new Item(a.Name, P.CompletionItemKind.Property, string.Join(" | ", a.Values)));
            case CompletionContextKind.AttributeValue:
                var attribute = Case()?.FindEvent(context.Words?.FirstOrDefault() ?? "")?.Attributes.FirstOrDefault(a => a.Name == context.Name);
                return attribute is null ? [] : attribute.Values.Select(v => new Item(v, P.CompletionItemKind.EnumMember, attribute.Name))
                    .Append(new Item("not", P.CompletionItemKind.Keyword, Rank: 1));
            case CompletionContextKind.CaseEvents:
                return Case() is { } ownCase ? ownCase.Events.Select(e => new Item(e.Name, P.CompletionItemKind.Event, e.Description)) : [];
            default:
                return [];
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
