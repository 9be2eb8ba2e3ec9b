using Safeguards.Language.Syntax;
using Safeguards.Language.Text;
using static Safeguards.Language.Syntax.SyntaxKind;

namespace Safeguards.LanguageServer.Features;

/// <summary>What may be written at the cursor, for completion.</summary>
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
    /// <summary>After the number of a comparison (<c>term is more than 15</c>): a unit, when the fact is a duration.</summary>
    ComparisonUnit,
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
    IReadOnlyList<string>? Words = null)
{
    /// <summary>Where the cursor is, asked of the syntax tree: the declaration and the clause that hold the token
    /// before it (parent pointers), the case the safeguard applies to (its <c>applies</c> clause), and then the slot
    /// inside that one clause, from the clause's own tokens by kind. The parser cuts a file into declarations and
    /// clauses even when a clause does not parse, so a half-typed clause is still found, with its keyword.</summary>
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
            if (candidate.LeadingTrivia.Any(t => t.Kind == Comment && t.Span.Start < offset && offset <= t.Span.End)) return none;
        }
        if (at >= 0 && tokens[at].Kind is SyntaxKind.String or TripleString)
        {
            var s = tokens[at].Span;
            var closed = tokens[at].Text.Length >= 2 && tokens[at].Text.EndsWith('"');
            if (s.Start < offset && (offset < s.End || (offset == s.End && !closed))) return none;
        }

        // The word being typed, if any, is replaced by the chosen item.
        var replace = new TextSpan(offset, 0);
        var last = at; // index of the last token before the word being typed
        if (at >= 0 && tokens[at].Kind != EndOfFile && SyntaxQuery.IsWord(tokens[at])
            && tokens[at].Span.Start < offset && offset <= tokens[at].Span.End)
        {
            replace = tokens[at].Span;
            last = at - 1;
        }
        else
        {
            while (last >= 0 && (tokens[last].Kind == EndOfFile || tokens[last].Span.Start >= offset)) last--;
        }
        var previous = last >= 0 ? tokens[last] : null;

        var declaration = previous is null ? null : SyntaxQuery.Ancestor<DeclarationSyntax>(previous);
        if (declaration is null) return new CompletionContext(CompletionContextKind.TopLevel, replace);
        var declarationKind = declaration.Keyword.Kind;
        var lineStart = tree.Source.Lines.LineStart(tree.Source.Lines.GetPosition(offset).Line);
        if (previous!.Span.End <= lineStart) return new CompletionContext(CompletionContextKind.ClauseStart, replace, declarationKind);

        var clause = SyntaxQuery.Ancestor<ClauseSyntax>(previous);
        if (clause is null) return Header(declaration, Between(tokens, declaration.Keyword, last), replace);
        // A clause keyword of another declaration (reported by the parser): nothing of this declaration fits in it.
        if (!Keywords.StartsClause(declarationKind, clause.Keyword.Kind)) return none;

        var words = Between(tokens, clause.Keyword, last);
        CompletionContext Keys(params string[] keywords) => new(CompletionContextKind.Keywords, replace, declarationKind, Words: keywords);
        switch (clause.Keyword.Kind)
        {
            case CitesKeyword:
                return words.Count switch
                {
                    0 => new CompletionContext(CompletionContextKind.Sources, replace),
                    1 => Keys(Keywords.TextOf(ArticleKeyword)),
                    2 when words[1].Kind == ArticleKeyword => new CompletionContext(CompletionContextKind.Articles, replace, Name: words[0].Text),
                    _ => none,
                };
            case AppliesKeyword:
                if (words.Count == 0) return Keys(Keywords.TextOf(ToKeyword));
                if (words.Count == 1) return words[0].Kind == ToKeyword ? new CompletionContext(CompletionContextKind.Cases, replace) : none;
                if (words.Count == 2) return Keys(Keywords.TextOf(WhenKeyword));
                return words[2].Kind == WhenKeyword ? Condition(words.Skip(3).ToList(), words[1].Text, replace, declarationKind) : none;
            case RequiresKeyword:
                return Requirement(words, CaseOf(declaration), replace, declarationKind);
            case SeverityKeyword when words.Count == 0:
                return Keys([.. LanguageFacts.SeverityKeywords.Select(k => k.Text)]);
            case StatusKeyword when words.Count == 0:
                return Keys([.. LanguageFacts.StatusKeywords.Select(k => k.Text)]);
            case CategoryKeyword when words.Count == 0:
                return new CompletionContext(CompletionContextKind.Categories, replace);
            case InKeyword:
                return words.Count switch
                {
                    0 => Keys("force"),
                    1 => Keys("from", "until"),
                    3 when words[1].Kind == FromKeyword => Keys("until"),
                    _ => none,
                };
            case TimeKeyword when words.Count == 0:
                return Keys("zone");
            case RoundKeyword:
                return words.Count == 0 ? Keys("months") : words.Count == 1 ? Keys([.. LanguageFacts.RoundingKeywords.Select(k => k.Text)]) : none;
            case EventKeyword when words.Count >= 1:
                if (words[^1].Kind == RefersKeyword) return Keys("to");
                if (words[^1].Kind == ToKeyword && words.Count >= 2 && words[^2].Kind == RefersKeyword)
                    return new CompletionContext(CompletionContextKind.CaseEvents, replace, CaseName: declaration.NameToken?.Text);
                return words.Any(w => w.Kind == WithKeyword) ? none : Keys("required", "with", "refers");
            case FactKeyword when words.Count >= 1 && words[^1].Kind == Colon:
                return Keys([.. LanguageFacts.FactTypeKeywords.Select(Keywords.TextOf)]);
        }
        return none;
    }

    /// <summary>In a declaration's header (before its first clause).</summary>
    private static CompletionContext Header(DeclarationSyntax declaration, List<SyntaxToken> header, TextSpan replace) =>
        declaration.Keyword.Kind switch
        {
            ImportKeyword => new CompletionContext(CompletionContextKind.Packs, replace),
            ArticleKeyword when header.Count == 0 => new CompletionContext(CompletionContextKind.Sources, replace),
            LetKeyword when header is [{ Kind: Identifier }, { Kind: EqualsSign }, { Kind: Number }] =>
                new CompletionContext(CompletionContextKind.DurationUnit, replace),
            _ => new CompletionContext(CompletionContextKind.None, replace),
        };

    private static CompletionContext Condition(List<SyntaxToken> words, string caseName, TextSpan replace, SyntaxKind declaration)
    {
        CompletionContext Keys(params string[] keywords) => new(CompletionContextKind.Keywords, replace, declaration, Words: keywords);
        SyntaxKind Back(int n) => words.Count >= n ? words[^n].Kind : EndOfFile;
        var last = Back(1);
        if (last == NotKeyword && Back(2) == IsKeyword && words.Count >= 3)
            return new CompletionContext(CompletionContextKind.ConditionValue, replace, declaration, words[^3].Text, caseName);
        switch (last)
        {
            case EndOfFile or AndKeyword or OrKeyword or NotKeyword or OpenParen:
                return new CompletionContext(CompletionContextKind.Condition, replace, declaration, CaseName: caseName);
            case IsKeyword:
                return words.Count >= 2 ? new CompletionContext(CompletionContextKind.ConditionValue, replace, declaration, words[^2].Text, caseName) : Keys();
            case AtKeyword:
                return Keys("least", "most");
            case MoreKeyword or LessKeyword:
                return Keys("than");
        }
        // "NAME is at least N", "NAME is more than N": the fact's unit may follow the number.
        if (last == Number && Back(2) is LeastKeyword or MostKeyword or ThanKeyword && Back(4) == IsKeyword && words.Count >= 5)
            return new CompletionContext(CompletionContextKind.ComparisonUnit, replace, declaration, words[^5].Text, caseName, ["and", "or"]);
        if (Back(2) is IsKeyword or NotKeyword or OccurredKeyword or LeastKeyword or MostKeyword or ThanKeyword
            || last is OccurredKeyword or CloseParen
            || (LanguageFacts.IsDurationUnit(last) && Back(2) == Number))
            return Keys("and", "or");
        // After a fact or event name.
        return new CompletionContext(CompletionContextKind.Keywords, replace, declaration, words[^1].Text, caseName, ["is", "occurred", "and", "or"]);
    }

    private static CompletionContext Requirement(List<SyntaxToken> words, string? caseName, TextSpan replace, SyntaxKind declaration)
    {
        CompletionContext Keys(params string[] keywords) => new(CompletionContextKind.Keywords, replace, declaration, Words: keywords);
        CompletionContext Events(params string[] keywords) => new(CompletionContextKind.RequirementEvent, replace, declaration, CaseName: caseName, Words: keywords);
        if (words.Count == 0) return Events("each", "at most");
        var last = words[^1].Kind;
        var direction = words.FindLastIndex(w => w.Kind is AfterKeyword or BeforeKeyword);

        // at most N EVENT [where ...] [after EVENT [where ...]]
        if (words[0].Kind == AtKeyword)
        {
            if (words.Count == 1) return Keys("most");
            if (words.Count == 2) return new CompletionContext(CompletionContextKind.None, replace); // the number: nothing to offer
            if (words.Count == 3 || last == AfterKeyword) return Events();
            return direction >= 0
                ? Reference(words[(direction + 1)..], replace, declaration, caseName, afterName: ["where"], afterFilter: [])
                : Reference(words[3..], replace, declaration, caseName, afterName: ["after", "where"], afterFilter: ["after"]);
        }

        // The legal-clock clauses after a deadline: extended by/to ..., up to ..., repeated within ... until ...
        var clock = words.FindLastIndex(w => w.Kind is ExtendedKeyword or RepeatedKeyword or UntilKeyword or UpKeyword);
        if (clock >= 0) return ClockClause(words[clock].Kind, words[(clock + 1)..], replace, declaration, caseName);

        // [each] EVENT [where ...] [or EVENT ...] TIMING [each] EVENT [where ...]
        switch (last)
        {
            case EachKeyword or OrKeyword:
                return Events();
            case AfterKeyword or BeforeKeyword:
                return words[0].Kind == EachKeyword ? Events("each") : Events();
            case NoKeyword:
                return Keys("later than");
            case LaterKeyword:
                return Keys("than");
            case ImmediatelyKeyword:
                return Keys("after");
            case WithinKeyword or ThanKeyword:
                return new CompletionContext(CompletionContextKind.DurationAmount, replace, declaration, CaseName: caseName);
            case Number:
                // A deadline's own period may count working days (language.md, "Working days").
                return new CompletionContext(CompletionContextKind.DurationUnit, replace,
                    Words: words.Count >= 2 && words[^2].Kind is WithinKeyword or ThanKeyword ? ["working days"] : null);
            case WorkingKeyword:
                return Keys(words.Count >= 2 && words[^2].Kind == NextKeyword ? "day" : "days");
            case Comma when direction >= 0:
                return Keys("moved to the next working day");
            case MovedKeyword:
                return Keys("to the next working day");
        }
        var duration = words.FindLastIndex(w => w.Kind is WithinKeyword or ThanKeyword);
        if (direction >= 0)
        {
            // After a deadline's trigger ("within D after EVENT"), the clauses that lengthen or repeat it may follow.
            string[] clauses = duration >= 0 && duration < direction && words[duration].Kind == WithinKeyword
                ? ["extended by", "extended to", "up to", "repeated within"] : [];
            return Reference(words[(direction + 1)..], replace, declaration, caseName, afterName: ["where", .. clauses], afterFilter: clauses);
        }
        if (duration >= 0) // after "within D" or "no later than D": its direction
            return words.Count - duration <= 3 ? Keys(words[duration].Kind == WithinKeyword ? "after" : "before") : new CompletionContext(CompletionContextKind.None, replace);
        string[] timing = ["within", "no later than", "immediately after", "before"];
        var target = words.FindLastIndex(w => w.Kind == OrKeyword) + 1;
        return Reference(words[target..], replace, declaration, caseName, afterName: [.. timing, "or", "where"], afterFilter: timing);
    }

    /// <summary>Inside one legal-clock clause (docs/language.md, "Legal clocks"): <c>extended by D on EVENT [when ...]</c>,
    /// <c>extended to D after EVENT [when ...]</c>, <c>up to D</c>, <c>repeated within D [until EVENT [or EVENT ...]]</c>;
    /// <paramref name="tail"/> is what follows the clause's first word.</summary>
    private static CompletionContext ClockClause(SyntaxKind clause, List<SyntaxToken> tail, TextSpan replace, SyntaxKind declaration, string? caseName)
    {
        CompletionContext Keys(params string[] keywords) => new(CompletionContextKind.Keywords, replace, declaration, Words: keywords);
        CompletionContext Events() => new(CompletionContextKind.RequirementEvent, replace, declaration, CaseName: caseName);
        CompletionContext Nothing() => new(CompletionContextKind.None, replace);
        // "by D", "to D", "within D": the amount, then its unit (working days do not combine with these clauses, SG3027).
        CompletionContext? Duration(int at, params string[] then) => tail.Count == at + 1 ? new CompletionContext(CompletionContextKind.DurationAmount, replace, declaration, CaseName: caseName)
            : tail.Count == at + 2 && tail[at + 1].Kind == Number ? new CompletionContext(CompletionContextKind.DurationUnit, replace)
            : tail.Count == at + 3 ? Keys(then)
            : null;
        if (tail.Any(t => t.Kind == WhenKeyword)) return Nothing(); // a condition: its own completion is for the applies clause
        switch (clause)
        {
            case UntilKeyword:
                if (tail.Count == 0 || tail[^1].Kind == OrKeyword) return Events();
                return Reference(tail[(tail.FindLastIndex(t => t.Kind == OrKeyword) + 1)..], replace, declaration, caseName, afterName: ["or", "where"], afterFilter: ["or"]);
            case RepeatedKeyword:
                if (tail.Count == 0) return Keys("within");
                return Duration(0, "until") ?? Nothing();
            case UpKeyword:
                if (tail.Count == 0) return Keys("to");
                return Duration(0, "repeated within") ?? Nothing();
            case ExtendedKeyword:
                if (tail.Count == 0) return Keys("by", "to");
                var byDuration = tail[0].Kind == ByKeyword;
                if (Duration(0, byDuration ? "on" : "after") is { } inDuration) return inDuration;
                if (tail.Count == 4) return Events(); // the event after "on" / "after"
                return tail.Count > 4
                    ? Reference(tail[4..], replace, declaration, caseName, afterName: ["when", "where", "extended by", "extended to", "up to"], afterFilter: ["when", "extended by", "extended to", "up to"])
                    : Nothing();
            default:
                throw new InvalidOperationException($"not a legal-clock clause: {clause}");
        }
    }

    /// <summary>In one event reference of a requirement (<c>[each] EVENT [where NAME is VALUE and ...]</c>): its filters, or
    /// what may follow it (<paramref name="afterName"/> right after the name, <paramref name="afterFilter"/> besides 'and'
    /// after a complete filter).</summary>
    private static CompletionContext Reference(List<SyntaxToken> reference, TextSpan replace, SyntaxKind declaration, string? caseName,
        string[] afterName, string[] afterFilter)
    {
        CompletionContext Keys(params string[] keywords) => new(CompletionContextKind.Keywords, replace, declaration, Words: keywords);
        var where = reference.FindIndex(w => w.Kind == WhereKeyword);
        if (where < 1) return Keys(afterName);
        var eventName = reference[where - 1].Text;
        var filter = reference[(where + 1)..];
        var filterLast = filter.Count > 0 ? filter[^1].Kind : EndOfFile;
        if (filterLast is EndOfFile or AndKeyword)
            return new CompletionContext(CompletionContextKind.AttributeName, replace, declaration, eventName, caseName);
        if (filterLast == IsKeyword && filter.Count >= 2)
            return new CompletionContext(CompletionContextKind.AttributeValue, replace, declaration, filter[^2].Text, caseName, [eventName]);
        if (filterLast == NotKeyword && filter.Count >= 3 && filter[^2].Kind == IsKeyword)
            return new CompletionContext(CompletionContextKind.AttributeValue, replace, declaration, filter[^3].Text, caseName, [eventName]);
        if (filter.Count == 1 || filter[^2].Kind == AndKeyword) return Keys("is");
        return Keys(["and", .. afterFilter]);
    }

    /// <summary>The tokens after <paramref name="start"/> up to the token at index <paramref name="last"/>.</summary>
    private static List<SyntaxToken> Between(SyntaxToken[] tokens, SyntaxToken start, int last)
    {
        var words = new List<SyntaxToken>();
        for (var i = SyntaxQuery.IndexAtOrBefore(tokens, start.Span.Start) + 1; i <= last && i < tokens.Length; i++)
            if (tokens[i].Kind != EndOfFile) words.Add(tokens[i]);
        return words;
    }

    /// <summary>The case named in the safeguard's <c>applies to</c> clause, from the tree (also when the rest of that clause does not parse).</summary>
    private static string? CaseOf(DeclarationSyntax declaration)
    {
        foreach (var clause in declaration.Clauses)
        {
            switch (clause)
            {
                case AppliesClauseSyntax applies:
                    return applies.CaseName.Text;
                case SkippedClauseSyntax { Keyword.Kind: AppliesKeyword } skipped
                    when skipped.Rest.Tokens is [{ Kind: ToKeyword }, { Kind: Identifier } name, ..]:
                    return name.Text;
            }
        }
        return null;
    }
}
