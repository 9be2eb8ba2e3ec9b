using System.Collections.Concurrent;
using System.Collections.Frozen;
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
    // trivia). The parse of one piece runs synchronously on one thread, so the tokens of the piece being
    // parsed (in source order) are kept in a thread-static field and found by offset.
    [ThreadStatic] private static SyntaxToken[]? currentTokens;

    internal static TResult WithTokens<TResult>(SyntaxToken[] tokens, Func<TResult> parse)
    {
        var previous = currentTokens;
        currentTokens = tokens;
        try { return parse(); }
        finally { currentTokens = previous; }
    }

    private static SyntaxToken Resolve(SpToken token) => TokenAt(currentTokens!, token.Position.Absolute);

    /// <summary>The token of <paramref name="piece"/> (in source order) that starts at <paramref name="offset"/>: a binary
    /// search, where a dictionary per piece cost more to build than all the lookups it answered.</summary>
    internal static SyntaxToken TokenAt(SyntaxToken[] piece, int offset)
    {
        int low = 0, high = piece.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var start = piece[middle].Span.Start;
            if (start == offset) return piece[middle];
            if (start < offset) low = middle + 1;
            else high = middle - 1;
        }
        throw new InvalidOperationException($"No token of the piece starts at {offset}.");
    }

    // The query expressions below build the parsers of their second and later 'from' inside lambdas, that is
    // once per parse of that construct, and Superpower's Token.EqualTo reads the kind's description by
    // reflection each time it is built (a fifth of all parsing time). So each token parser is built once and kept.
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Max(k => (int)k) + 1;
    private static readonly TokenListParser<SyntaxKind, SyntaxToken>?[] TokenParsers = new TokenListParser<SyntaxKind, SyntaxToken>?[KindCount];
    private static readonly TokenListParser<SyntaxKind, SyntaxToken?>?[] OptionalTokenParsers = new TokenListParser<SyntaxKind, SyntaxToken?>?[KindCount];
    private static readonly ConcurrentDictionary<string, TokenListParser<SyntaxKind, SyntaxToken>> OneOfParsers = new(StringComparer.Ordinal);

    // A race builds the same parser twice and keeps either: both are equivalent.
    private static TokenListParser<SyntaxKind, SyntaxToken> T(SyntaxKind kind) => TokenParsers[(int)kind] ??= Token.EqualTo(kind).Select(Resolve);

    private static TokenListParser<SyntaxKind, SyntaxToken?> Optional(SyntaxKind kind) =>
        OptionalTokenParsers[(int)kind] ??= T(kind).Select(t => (SyntaxToken?)t).OptionalOrDefault();

    private static TokenListParser<SyntaxKind, SyntaxToken> OneOf(string description, params IEnumerable<SyntaxKind> kinds)
    {
        var list = kinds as IReadOnlyCollection<SyntaxKind> ?? [.. kinds];
        return OneOfParsers.GetOrAdd(description + "|" + string.Join(",", list), static (_, state) =>
        {
            var set = state.List.ToFrozenSet();
            return Token.Matching<SyntaxKind>(set.Contains, state.Description).Select(Resolve);
        }, (List: list, Description: description));
    }

    /// <summary>One of the keywords of a table of <see cref="LanguageFacts"/>, described by listing them.</summary>
    private static TokenListParser<SyntaxKind, SyntaxToken> OneOf(IReadOnlyList<SyntaxKind> kinds) =>
        OneOf(Parser.JoinAlternatives(kinds.Select(Keywords.TextOf)), kinds);

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

    private sealed record ProvisionNumber(SyntaxToken? Designator, SyntaxToken? Dot, SyntaxToken Number);

    // "§ 128(1)", "s.41(2)", "para 62", "Amendment IV": a sign or word the law numbers its provisions with, then the
    // number (a Roman numeral is a name token; the binder checks the word and the numeral).
    private static readonly TokenListParser<SyntaxKind, ProvisionNumber> DesignatedNumber =
        (from sign in T(SectionSign) from number in ArticleNumberToken select new ProvisionNumber(sign, null, number))
        .Or(from word in Name from dot in Optional(Dot)
            from number in OneOf("a provision number", ArticleNumber, Number, SyntaxKind.Identifier)
            select new ProvisionNumber(word, dot, number));

    private static readonly TokenListParser<SyntaxKind, ProvisionNumber> AnyProvisionNumber =
        DesignatedNumber.Or(ArticleNumberToken.Select(number => new ProvisionNumber(null, null, number)));

    private static readonly TokenListParser<SyntaxKind, SyntaxToken> Unit =
        OneOf($"a unit ({Parser.JoinAlternatives(LanguageFacts.DurationUnits.Select(u => u.Plural))})", LanguageFacts.DurationUnits.Select(u => u.Keyword));

    internal static readonly TokenListParser<SyntaxKind, QualifiedNameSyntax> QualifiedName =
        Separated(Name, Dot).Select(parts => new QualifiedNameSyntax(parts));

    private static readonly TokenListParser<SyntaxKind, DurationPartSyntax> DurationPart =
        from number in T(Number) from working in Optional(WorkingKeyword) from unit in Unit select new DurationPartSyntax(number, unit, working);

    internal static readonly TokenListParser<SyntaxKind, DurationSyntax> Duration =
        DurationPart.AtLeastOnce().Select(parts => new DurationSyntax(parts[0].Number, parts[0].Unit, parts[1..], parts[0].Working))
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

    private static readonly TokenListParser<SyntaxKind, InstantItemSyntax> InstantItem =
        from @event in EventReference
        from offset in OptionalAfter(PlusKeyword, Duration)
        select new InstantItemSyntax(@event, offset?.Keyword, offset?.Value);

    internal static readonly TokenListParser<SyntaxKind, ClockStartSyntax> ClockStart =
        from which in T(EarliestKeyword).Or(T(LatestKeyword))
        from of in T(OfKeyword)
        from open in T(OpenParen)
        from items in Separated(InstantItem, Comma)
        from close in T(CloseParen)
        select new ClockStartSyntax(which, of, open, items, close);

    // "extended by D on E" adds D to the limit; "extended to D after E" counts D from E, the decision that grants it.
    private static readonly TokenListParser<SyntaxKind, ExtensionSyntax> Extension =
        from extended in T(ExtendedKeyword)
        from byWord in T(ByKeyword).Or(T(ToKeyword))
        from duration in Duration
        from onWord in byWord.Kind == ToKeyword ? T(AfterKeyword) : T(OnKeyword)
        from authorisation in EventReference
        from condition in OptionalAfter(WhenKeyword, Parse.Ref(() => Condition!))
        select new ExtensionSyntax(extended, byWord, duration, onWord, authorisation, condition?.Keyword, condition?.Value);

    private static readonly TokenListParser<SyntaxKind, CeilingSyntax> Ceiling =
        from up in T(UpKeyword) from to in T(ToKeyword) from duration in Duration select new CeilingSyntax(up, to, duration);

    private static readonly TokenListParser<SyntaxKind, RecurrenceSyntax> Recurrence =
        from repeated in T(RepeatedKeyword)
        from within in T(WithinKeyword)
        from interval in Duration
        from end in OptionalAfter(UntilKeyword, Separated(EventReference, OrKeyword))
        select new RecurrenceSyntax(repeated, within, interval, end?.Keyword, end?.Value);

    private static readonly TokenListParser<SyntaxKind, MovedToWorkingDaySyntax> MovedToWorkingDay =
        from comma in T(Comma) from moved in T(MovedKeyword) from to in T(ToKeyword) from the in T(TheKeyword) from next in T(NextKeyword)
        from working in T(WorkingKeyword) from day in T(DaysKeyword)
        select new MovedToWorkingDaySyntax(comma, moved, to, the, next, working, day);

    private static readonly TokenListParser<SyntaxKind, RequirementSyntax> DeadlineRequirement =
        from eachTarget in Optional(EachKeyword)
        from targets in Separated(EventReference, OrKeyword)
        from timing in Timing
        from eachAnchor in Optional(EachKeyword)
        from clock in ClockStart.Select(c => (ClockStartSyntax?)c).OptionalOrDefault()
        from anchor in clock is null ? EventReference.Select(a => (EventReferenceSyntax?)a) : Parse.Return<SyntaxKind, EventReferenceSyntax?>(null)
        from extensions in Extension.Many()
        from ceiling in Ceiling.Select(c => (CeilingSyntax?)c).OptionalOrDefault()
        from recurrence in Recurrence.Select(r => (RecurrenceSyntax?)r).OptionalOrDefault()
        from moved in MovedToWorkingDay.Select(m => (MovedToWorkingDaySyntax?)m).OptionalOrDefault()
        select (RequirementSyntax)new DeadlineRequirementSyntax(eachTarget, targets, timing, eachAnchor, anchor, clock, extensions, ceiling, recurrence, moved);

    /// <summary><c>X not before D after Z</c>: tried before the deadline forms, which it shares its start with.</summary>
    private static readonly TokenListParser<SyntaxKind, RequirementSyntax> WaitRequirement =
        (from targets in Separated(EventReference, OrKeyword)
         from not in T(NotKeyword)
         from before in T(BeforeKeyword)
         from duration in Duration
         from after in T(AfterKeyword)
         from clock in ClockStart.Select(c => (ClockStartSyntax?)c).OptionalOrDefault()
         from anchor in clock is null ? EventReference.Select(a => (EventReferenceSyntax?)a) : Parse.Return<SyntaxKind, EventReferenceSyntax?>(null)
         select (RequirementSyntax)new WaitRequirementSyntax(targets, not, before, duration, after, anchor, clock)).Try();

    internal static readonly TokenListParser<SyntaxKind, RequirementSyntax> Requirement = CountRequirement.Or(WaitRequirement).Or(DeadlineRequirement);

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
            [ArticleKeyword] = from source in Name.Named("a source") from number in AnyProvisionNumber from texts in QuotedText.Many()
                               select (DeclarationFactory)((k, s, c) => new ArticleDeclarationSyntax(k, source, number.Number, texts, s, c,
                                   number.Designator, number.Dot)),
            [CaseKeyword] = from name in Name from title in OptionalText
                            select (DeclarationFactory)((k, s, c) => new CaseDeclarationSyntax(k, name, title, s, c)),
            [LetKeyword] = from name in Name from equalsSign in T(EqualsSign)
                           from value in ClockStart.Select(i => (Duration: (DurationSyntax?)null, Instant: (ClockStartSyntax?)i))
                               .Or(Duration.Select(d => (Duration: (DurationSyntax?)d, Instant: (ClockStartSyntax?)null)))
                           select (DeclarationFactory)((k, s, c) => new ConstantDeclarationSyntax(k, name, equalsSign, value.Duration, s, c, value.Instant)),
            [SafeguardKeyword] = from id in Name.Named("a safeguard id") from title in OptionalText
                                 select (DeclarationFactory)((k, s, c) => new SafeguardDeclarationSyntax(k, id, title, s, c)),
            [CalendarKeyword] = from name in Name.Named("a calendar name") from title in OptionalText
                                select (DeclarationFactory)((k, s, c) => new CalendarDeclarationSyntax(k, name, title, s, c)),
        };

    // ---- Clauses (after the clause keyword) -----------------------------------------------------

    internal delegate ClauseSyntax ClauseFactory(SyntaxToken keyword, SkippedSyntax? trailing);

    private static TokenListParser<SyntaxKind, ClauseFactory> Word(TokenListParser<SyntaxKind, SyntaxToken> value) =>
        value.Select(v => (ClauseFactory)((k, trailing) => new WordClauseSyntax(k, v, trailing)));

    private static readonly TokenListParser<SyntaxKind, ClauseFactory> TextClause =
        QuotedText.Select(t => (ClauseFactory)((k, trailing) => new TextClauseSyntax(k, t, trailing)));

    private static readonly TokenListParser<SyntaxKind, KeywordAnd<SyntaxToken>> FromDate =
        from keyword in T(FromKeyword) from date in T(Date) select new KeywordAnd<SyntaxToken>(keyword, date);

    private static readonly TokenListParser<SyntaxKind, KeywordAnd<SyntaxToken>> UntilDate =
        from keyword in T(UntilKeyword) from date in T(Date) select new KeywordAnd<SyntaxToken>(keyword, date);

    private static readonly TokenListParser<SyntaxKind, ClauseFactory> InForce =
        from force in T(ForceKeyword)
        from period in (from start in FromDate from until in UntilDate.Select(u => (KeywordAnd<SyntaxToken>?)u).OptionalOrDefault()
                        select (From: (KeywordAnd<SyntaxToken>?)start, Until: until))
            .Or(UntilDate.Select(until => (From: (KeywordAnd<SyntaxToken>?)null, Until: (KeywordAnd<SyntaxToken>?)until)))
        select (ClauseFactory)((k, trailing) => new InForceClauseSyntax(k, force, period.From?.Keyword, period.From?.Value, period.Until?.Keyword, period.Until?.Value, trailing));

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
        OneOf("a type (boolean, number, text, date, a unit) or a list of values", LanguageFacts.FactTypeKeywords)
            .Select(k => new FactTypeSyntax(k, null))
        .Or(Separated(Name.Named("a type or a value"), Bar).Select(values => new FactTypeSyntax(null, values)));

    // ---- Calendars --------------------------------------------------------------------------------

    private static readonly TokenListParser<SyntaxKind, SeparatedList<SyntaxToken>> WeekDays =
        from first in Name.Named("a day of the week")
        from rest in OneOf("',' or 'and'", Comma, AndKeyword).Then(s => Name.Named("a day of the week").Select(d => (Separator: s, Day: d))).Many()
        select new SeparatedList<SyntaxToken>([first, .. rest.Select(r => r.Day)], rest.Select(r => r.Separator).ToArray());

    private static readonly TokenListParser<SyntaxKind, HolidayDateSyntax> HolidayDate =
        T(Date).Select(date => new HolidayDateSyntax(date, null, null, null, []))
        .Or((from day in T(Number) from month in Name.Named("a month") select new HolidayDateSyntax(null, day, null, null, [month])).Try())
        .Or(from offset in (from number in T(Number) from unit in Unit from direction in OneOf("before or after", BeforeKeyword, AfterKeyword)
                            select (Number: number, Unit: unit, Direction: direction)).OptionalOrDefault()
            from words in Name.Named("Easter").AtLeastOnce()
            select new HolidayDateSyntax(null, offset.Number, offset.Unit, offset.Direction, words))
        .Named("a date (2017-10-31), a day and month (3 October) or a day counted from Easter (1 day after Easter)");

    internal static readonly IReadOnlyDictionary<SyntaxKind, TokenListParser<SyntaxKind, ClauseFactory>> Clauses =
        new Dictionary<SyntaxKind, TokenListParser<SyntaxKind, ClauseFactory>>
        {
            [JurisdictionKeyword] = Word(Name),
            [CategoryKeyword] = Word(Name.Named("a category name")),
            [SeverityKeyword] = Word(OneOf([.. LanguageFacts.SeverityKeywords.Select(k => k.Keyword)])),
            [StatusKeyword] = Word(OneOf([.. LanguageFacts.StatusKeywords.Select(k => k.Keyword)])),
            [BecauseKeyword] = TextClause,
            [MessageKeyword] = TextClause,
            [SeedKeyword] = TextClause,
            [TimeKeyword] = from zone in T(ZoneKeyword) from name in T(SyntaxKind.String)
                            select (ClauseFactory)((k, trailing) => new TimeZoneClauseSyntax(k, zone, name, trailing)),
            [RoundKeyword] = from months in T(MonthsKeyword) from direction in OneOf([.. LanguageFacts.RoundingKeywords.Select(k => k.Keyword)])
                             select (ClauseFactory)((k, trailing) => new RoundingClauseSyntax(k, months, direction, trailing)),
            [InKeyword] = InForce,
            [EventKeyword] = from name in Name from description in OptionalText from modifiers in EventModifier.Many()
                             select (ClauseFactory)((k, trailing) => new EventClauseSyntax(k, name, description, modifiers, trailing)),
            [FactKeyword] = from name in Name from description in OptionalText from colon in T(Colon) from type in FactType
                            select (ClauseFactory)((k, trailing) => new FactClauseSyntax(k, name, description, colon, type, trailing)),
            [CitesKeyword] = from source in Name.Named("a source")
                             from article in OptionalAfter(ArticleKeyword, ArticleNumberToken)
                             from designated in article is null ? DesignatedNumber.Select(d => (ProvisionNumber?)d).OptionalOrDefault()
                                 : Parse.Return<SyntaxKind, ProvisionNumber?>(null)
                             select (ClauseFactory)((k, trailing) => new CitesClauseSyntax(k, source, article?.Keyword, article?.Value ?? designated?.Number,
                                 designated?.Designator, designated?.Dot, trailing)),
            [AppliesKeyword] = from to in T(ToKeyword) from caseName in Name.Named("a case")
                               from when in OptionalAfter(WhenKeyword, Condition)
                               select (ClauseFactory)((k, trailing) => new AppliesClauseSyntax(k, to, caseName, when?.Keyword, when?.Value, trailing)),
            [RequiresKeyword] = Requirement.Select(r => (ClauseFactory)((k, trailing) => new RequiresClauseSyntax(k, r, trailing))),
            [DecidedKeyword] = from byWord in T(ByKeyword) from court in QuotedText.Named("the court's name") from onWord in T(OnKeyword) from date in T(Date)
                               select (ClauseFactory)((k, trailing) => new JudgmentClauseSyntax(k, byWord, court, onWord, date, trailing)),
            [WeekendKeyword] = WeekDays.Select(days => (ClauseFactory)((k, trailing) => new WeekendClauseSyntax(k, days, trailing))),
            [HolidayKeyword] = from name in QuotedText.Named("the holiday's name") from onWord in T(OnKeyword) from date in HolidayDate
                               from start in OptionalAfter(FromKeyword, T(Date))
                               from end in OptionalAfter(UntilKeyword, T(Date))
                               select (ClauseFactory)((k, trailing) => new HolidayClauseSyntax(k, name, onWord, date, start?.Keyword, start?.Value, end?.Keyword, end?.Value, trailing)),
            [WorkingKeyword] = from day in T(DaysKeyword) from reason in OptionalText from onWord in T(OnKeyword) from date in T(Date)
                               select (ClauseFactory)((k, trailing) => new WorkingDayClauseSyntax(k, day, reason, onWord, date, trailing)),
        };
}
