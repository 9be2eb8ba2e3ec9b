using Superpower;
using Superpower.Parsers;
using static Safeguards.Language.Syntax.SyntaxKind;
using SpToken = Superpower.Model.Token<Safeguards.Language.Syntax.SyntaxKind>;
using Safeguards.Runtime.CompilerServices;

namespace Safeguards.Language.Syntax;

/// <summary>The grammar of headers and clauses, as Superpower token-list parsers. The parser
/// (<see cref="Parser"/>) cuts a file into declarations and clauses and hands each piece to these.</summary>
internal static class Grammar
{
    // Superpower's tokens carry only kind and span; the tree needs our SyntaxToken objects (with their
    // trivia). The parse of one piece runs synchronously on one thread, so the map from offsets to
    // tokens for the piece being parsed is kept in a thread-static field.
    [ThreadStatic] private static Dictionary<int, SyntaxToken>? currentTokens;

    internal static TResult WithTokens<TResult>(Dictionary<int, SyntaxToken> tokens, Func<TResult> parse)
    {
        var previous = currentTokens;
        currentTokens = tokens;
        try { return parse(); }
        finally { currentTokens = previous; }
    }

    private static SyntaxToken Resolve(SpToken token) => currentTokens![token.Position.Absolute];

    private static TokenListParser<SyntaxKind, SyntaxToken> T(SyntaxKind kind) => Token.EqualTo(kind).Select(Resolve);

    private static TokenListParser<SyntaxKind, SyntaxToken?> Optional(SyntaxKind kind) =>
        T(kind).Select(t => (SyntaxToken?)t).OptionalOrDefault();

    private static TokenListParser<SyntaxKind, SyntaxToken> OneOf(string description, params SyntaxKind[] kinds) =>
        Token.Matching<SyntaxKind>(kinds.Contains, description).Select(Resolve);

    private static TokenListParser<SyntaxKind, SeparatedList<TItem>> Separated<TItem>(TokenListParser<SyntaxKind, TItem> item, SyntaxKind separator)
        where TItem : SyntaxElement =>
        from first in item
        from rest in T(separator).Then(s => item.Select(i => (Separator: s, Item: i))).Try().Many()
        select new SeparatedList<TItem>([first, .. rest.Select(r => r.Item)], rest.Select(r => r.Separator).ToArray());

    private sealed record KeywordAnd<TValue>(SyntaxToken Keyword, TValue Value);

    private static TokenListParser<SyntaxKind, KeywordAnd<TValue>?> OptionalAfter<TValue>(SyntaxKind keyword, TokenListParser<SyntaxKind, TValue> value) =>
        T(keyword).Then(k => value.Select(v => (KeywordAnd<TValue>?)new KeywordAnd<TValue>(k, v))).OptionalOrDefault();

    // ---- Shared pieces -------------------------------------------------------------------------

    private static readonly TokenListParser<SyntaxKind, SyntaxToken> QuotedText = OneOf("a quoted text", SyntaxKind.String, TripleString);

    private static readonly TokenListParser<SyntaxKind, SyntaxToken?> OptionalText = QuotedText.Select(t => (SyntaxToken?)t).OptionalOrDefault();

    private static readonly TokenListParser<SyntaxKind, SyntaxToken> Name = T(SyntaxKind.Identifier);

    private static readonly TokenListParser<SyntaxKind, SyntaxToken> ArticleNumberToken = OneOf("an article number", ArticleNumber, Number);

    private static readonly TokenListParser<SyntaxKind, SyntaxToken> Unit =
        OneOf("a unit (minutes, hours, days, weeks or months)", MinutesKeyword, HoursKeyword, DaysKeyword, WeeksKeyword, MonthsKeyword);

    internal static readonly TokenListParser<SyntaxKind, QualifiedNameSyntax> QualifiedName =
        Separated(Name, Dot).Select(parts => new QualifiedNameSyntax(parts));

    internal static readonly TokenListParser<SyntaxKind, DurationSyntax> Duration =
        (from number in T(Number) from unit in Unit select new DurationSyntax(number, unit))
        .Or(Name.Select(name => new DurationSyntax(name, null)))
        .Named("a duration (like 3 hours) or a constant");

    // ---- Conditions ----------------------------------------------------------------------------

    private static readonly TokenListParser<SyntaxKind, Func<SyntaxToken, SyntaxToken, ConditionSyntax>> Comparison =
        from first in T(AtKeyword).Then(at => OneOf("least or most", LeastKeyword, MostKeyword).Select(w => (at, w)))
            .Or(OneOf("more or less", MoreKeyword, LessKeyword).Then(w => T(ThanKeyword).Select(than => (w, than))))
        from number in T(Number)
        from unit in Unit.Select(u => (SyntaxToken?)u).OptionalOrDefault()
        select (Func<SyntaxToken, SyntaxToken, ConditionSyntax>)((name, isKeyword) =>
            new CompareConditionSyntax(name, isKeyword, first.Item1, first.Item2, number, unit));

    private static readonly TokenListParser<SyntaxKind, Func<SyntaxToken, SyntaxToken, ConditionSyntax>> IsValue =
        from not in Optional(NotKeyword)
        from value in OneOf("a value", SyntaxKind.Identifier, YesKeyword, NoKeyword)
        select (Func<SyntaxToken, SyntaxToken, ConditionSyntax>)((name, isKeyword) => new IsConditionSyntax(name, isKeyword, not, value));

    private static readonly TokenListParser<SyntaxKind, Func<SyntaxToken, ConditionSyntax>?> AtomRest =
        T(OccurredKeyword).Select(o => (Func<SyntaxToken, ConditionSyntax>)(name => new OccurredConditionSyntax(name, o)))
        .Or(from isKeyword in T(IsKeyword)
            from tail in Comparison.Or(IsValue)
            select (Func<SyntaxToken, ConditionSyntax>)(name => tail(name, isKeyword)))
        .Select(f => (Func<SyntaxToken, ConditionSyntax>?)f)
        .OptionalOrDefault();

    private static readonly TokenListParser<SyntaxKind, ConditionSyntax> Atom =
        from name in Name.Named("a fact, an event or 'not'")
        from rest in AtomRest
        select rest is null ? new FactConditionSyntax(name) : rest(name);

    private static readonly TokenListParser<SyntaxKind, ConditionSyntax> Unary =
        (from not in T(NotKeyword) from operand in Parse.Ref(() => Unary!) select (ConditionSyntax)new NotConditionSyntax(not, operand))
        .Or(from open in T(OpenParen) from inner in Parse.Ref(() => Condition!) from close in T(CloseParen)
            select (ConditionSyntax)new ParenthesizedConditionSyntax(open, inner, close))
        .Or(Atom);

    private static readonly TokenListParser<SyntaxKind, ConditionSyntax> AndCondition =
        Parse.Chain(T(AndKeyword), Unary, (op, left, right) => (ConditionSyntax)new BinaryConditionSyntax(left, op, right));

    internal static readonly TokenListParser<SyntaxKind, ConditionSyntax> Condition =
        Parse.Chain(T(OrKeyword), AndCondition, (op, left, right) => (ConditionSyntax)new BinaryConditionSyntax(left, op, right));

    // ---- Requirements --------------------------------------------------------------------------

    private static readonly TokenListParser<SyntaxKind, AttributeFilterSyntax> AttributeFilter =
        from name in Name
        from isKeyword in T(IsKeyword)
        from not in Optional(NotKeyword)
        from value in Name.Named("a value")
        select new AttributeFilterSyntax(name, isKeyword, not, value);

    private static readonly TokenListParser<SyntaxKind, EventReferenceSyntax> EventReference =
        from name in Name.Named("an event")
        from filter in OptionalAfter(WhereKeyword, Separated(AttributeFilter, AndKeyword))
        select new EventReferenceSyntax(name, filter?.Keyword, filter?.Value);

    private static readonly TokenListParser<SyntaxKind, TimingSyntax> Timing =
        (from within in T(WithinKeyword) from duration in Duration from after in T(AfterKeyword)
         select new TimingSyntax(DeadlineKind.WithinAfter, [within], duration, after))
        .Or(from no in T(NoKeyword) from later in T(LaterKeyword) from than in T(ThanKeyword) from duration in Duration
            from before in T(BeforeKeyword)
            select new TimingSyntax(DeadlineKind.NoLaterThanBefore, [no, later, than], duration, before))
        .Or(from immediately in T(ImmediatelyKeyword) from after in T(AfterKeyword)
            select new TimingSyntax(DeadlineKind.ImmediatelyAfter, [immediately], null, after))
        .Or(T(BeforeKeyword).Select(before => new TimingSyntax(DeadlineKind.Before, [], null, before)));

    private static readonly TokenListParser<SyntaxKind, RequirementSyntax> CountRequirement =
        from at in T(AtKeyword)
        from most in T(MostKeyword)
        from number in T(Number)
        from target in EventReference
        from anchor in OptionalAfter(AfterKeyword, EventReference)
        select (RequirementSyntax)new CountRequirementSyntax(at, most, number, target, anchor?.Keyword, anchor?.Value);

    private static readonly TokenListParser<SyntaxKind, RequirementSyntax> DeadlineRequirement =
        from eachTarget in Optional(EachKeyword)
        from targets in Separated(EventReference, OrKeyword)
        from timing in Timing
        from eachAnchor in Optional(EachKeyword)
        from anchor in EventReference
        select (RequirementSyntax)new DeadlineRequirementSyntax(eachTarget, targets, timing, eachAnchor, anchor);

    internal static readonly TokenListParser<SyntaxKind, RequirementSyntax> Requirement = CountRequirement.Or(DeadlineRequirement);

    // ---- Declaration headers (after the declaration keyword) -------------------------------------

    internal delegate DeclarationSyntax DeclarationFactory(SyntaxToken keyword, SkippedSyntax? skipped, IReadOnlyList<ClauseSyntax> clauses);

    internal static readonly IReadOnlyDictionary<SyntaxKind, TokenListParser<SyntaxKind, DeclarationFactory>> Headers =
        new Dictionary<SyntaxKind, TokenListParser<SyntaxKind, DeclarationFactory>>
        {
            [PackKeyword] = from name in QualifiedName from title in OptionalText
                            select (DeclarationFactory)((k, s, c) => new PackDeclarationSyntax(k, name, title, s, c)),
            [ImportKeyword] = QualifiedName.Select(name => (DeclarationFactory)((k, s, c) => new ImportDeclarationSyntax(k, name, s, c))),
            [SourceKeyword] = from name in Name from title in OptionalText
                              select (DeclarationFactory)((k, s, c) => new SourceDeclarationSyntax(k, name, title, s, c)),
            [ArticleKeyword] = from source in Name.Named("a source") from number in ArticleNumberToken from texts in QuotedText.Many()
                               select (DeclarationFactory)((k, s, c) => new ArticleDeclarationSyntax(k, source, number, texts, s, c)),
            [CaseKeyword] = from name in Name from title in OptionalText
                            select (DeclarationFactory)((k, s, c) => new CaseDeclarationSyntax(k, name, title, s, c)),
            [LetKeyword] = from name in Name from equalsSign in T(EqualsSign) from value in Duration
                           select (DeclarationFactory)((k, s, c) => new ConstantDeclarationSyntax(k, name, equalsSign, value, s, c)),
            [SafeguardKeyword] = from id in Name.Named("a safeguard id") from title in OptionalText
                                 select (DeclarationFactory)((k, s, c) => new SafeguardDeclarationSyntax(k, id, title, s, c)),
        };

    // ---- Clauses (after the clause keyword) -----------------------------------------------------

    internal delegate ClauseSyntax ClauseFactory(SyntaxToken keyword);

    private static TokenListParser<SyntaxKind, ClauseFactory> Word(TokenListParser<SyntaxKind, SyntaxToken> value) =>
        value.Select(v => (ClauseFactory)(k => new WordClauseSyntax(k, v)));

    private static readonly TokenListParser<SyntaxKind, ClauseFactory> TextClause =
        QuotedText.Select(t => (ClauseFactory)(k => new TextClauseSyntax(k, t)));

    private static readonly TokenListParser<SyntaxKind, KeywordAnd<SyntaxToken>> FromDate =
        from keyword in T(FromKeyword) from date in T(Date) select new KeywordAnd<SyntaxToken>(keyword, date);

    private static readonly TokenListParser<SyntaxKind, KeywordAnd<SyntaxToken>> UntilDate =
        from keyword in T(UntilKeyword) from date in T(Date) select new KeywordAnd<SyntaxToken>(keyword, date);

    private static readonly TokenListParser<SyntaxKind, ClauseFactory> InForce =
        from force in T(ForceKeyword)
        from period in (from start in FromDate from until in UntilDate.Select(u => (KeywordAnd<SyntaxToken>?)u).OptionalOrDefault()
                        select (From: (KeywordAnd<SyntaxToken>?)start, Until: until))
            .Or(UntilDate.Select(until => (From: (KeywordAnd<SyntaxToken>?)null, Until: (KeywordAnd<SyntaxToken>?)until)))
        select (ClauseFactory)(k => new InForceClauseSyntax(k, force, period.From?.Keyword, period.From?.Value, period.Until?.Keyword, period.Until?.Value));

    private static readonly TokenListParser<SyntaxKind, AttributeSyntax> Attribute =
        from name in Name
        from colon in T(Colon)
        from values in Separated(Name.Named("a value"), Bar)
        select new AttributeSyntax(name, colon, values);

    private static readonly TokenListParser<SyntaxKind, EventModifierSyntax> EventModifier =
        T(RequiredKeyword).Select(r => (EventModifierSyntax)new RequiredModifierSyntax(r))
        .Or(from with in T(WithKeyword) from attributes in Separated(Attribute, Comma)
            select (EventModifierSyntax)new WithModifierSyntax(with, attributes))
        .Or(from refers in T(RefersKeyword) from to in T(ToKeyword) from target in Name.Named("an event")
            select (EventModifierSyntax)new RefersModifierSyntax(refers, to, target));

    private static readonly TokenListParser<SyntaxKind, FactTypeSyntax> FactType =
        OneOf("a type (boolean, number, text, date, a unit) or a list of values", BooleanKeyword, NumberKeyword, TextKeyword, DateKeyword,
                MinutesKeyword, HoursKeyword, DaysKeyword, WeeksKeyword, MonthsKeyword)
            .Select(k => new FactTypeSyntax(k, null))
        .Or(Separated(Name.Named("a type or a value"), Bar).Select(values => new FactTypeSyntax(null, values)));

    internal static readonly IReadOnlyDictionary<SyntaxKind, TokenListParser<SyntaxKind, ClauseFactory>> Clauses =
        new Dictionary<SyntaxKind, TokenListParser<SyntaxKind, ClauseFactory>>
        {
            [JurisdictionKeyword] = Word(Name),
            [CategoryKeyword] = Word(Name.Named("a category name")),
            [SeverityKeyword] = Word(OneOf("error, warning or info", ErrorKeyword, WarningKeyword, InfoKeyword)),
            [StatusKeyword] = Word(OneOf("binding, treaty, soft, recommendation or gap",
                BindingKeyword, TreatyKeyword, SoftKeyword, RecommendationKeyword, GapKeyword)),
            [BecauseKeyword] = TextClause,
            [MessageKeyword] = TextClause,
            [SeedKeyword] = TextClause,
            [TimeKeyword] = from zone in T(ZoneKeyword) from name in T(SyntaxKind.String)
                            select (ClauseFactory)(k => new TimeZoneClauseSyntax(k, zone, name)),
            [RoundKeyword] = from months in T(MonthsKeyword) from direction in OneOf("up or down", UpKeyword, DownKeyword)
                             select (ClauseFactory)(k => new RoundingClauseSyntax(k, months, direction)),
            [InKeyword] = InForce,
            [EventKeyword] = from name in Name from description in OptionalText from modifiers in EventModifier.Many()
                             select (ClauseFactory)(k => new EventClauseSyntax(k, name, description, modifiers)),
            [FactKeyword] = from name in Name from description in OptionalText from colon in T(Colon) from type in FactType
                            select (ClauseFactory)(k => new FactClauseSyntax(k, name, description, colon, type)),
            [CitesKeyword] = from source in Name.Named("a source")
                             from article in OptionalAfter(ArticleKeyword, ArticleNumberToken)
                             select (ClauseFactory)(k => new CitesClauseSyntax(k, source, article?.Keyword, article?.Value)),
            [AppliesKeyword] = from to in T(ToKeyword) from caseName in Name.Named("a case")
                               from when in OptionalAfter(WhenKeyword, Condition)
                               select (ClauseFactory)(k => new AppliesClauseSyntax(k, to, caseName, when?.Keyword, when?.Value)),
            [RequiresKeyword] = Requirement.Select(r => (ClauseFactory)(k => new RequiresClauseSyntax(k, r))),
        };
}
