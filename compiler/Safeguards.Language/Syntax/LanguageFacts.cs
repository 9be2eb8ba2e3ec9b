using System.Collections.Frozen;
using System.Collections.Immutable;
using Safeguards.Runtime;
using static Safeguards.Language.Syntax.SyntaxKind;

namespace Safeguards.Language.Syntax;

/// <summary>A duration unit as written: the keyword, its singular and plural spellings, and what it means.</summary>
public sealed record DurationUnitWords(SyntaxKind Keyword, string Singular, string Plural, DurationUnit Unit);

/// <summary>A keyword that stands for a value (a severity, a status), with the value it stands for.</summary>
public sealed record ValueKeyword<TValue>(SyntaxKind Keyword, TValue Value)
{
    public string Text => Keywords.TextOf(Keyword);
}

/// <summary>The one place that says which words the language has and where they may appear. The parser,
/// the binder, completion, hover and the editor grammar's test all read these tables, so a word added here
/// is known everywhere (and a test fails when the TextMate grammar does not colour it).</summary>
public static class LanguageFacts
{
    /// <summary>Each starts a declaration (except <c>article</c> after <c>cites NAME</c>: see <see cref="StartsDeclarationAt"/>).</summary>
    public static readonly ImmutableArray<SyntaxKind> DeclarationKeywords =
        [PackKeyword, ImportKeyword, SourceKeyword, ArticleKeyword, CaseKeyword, LetKeyword, SafeguardKeyword, CalendarKeyword];

    /// <summary>The clause keywords each declaration accepts, in the order messages and completion list them.</summary>
    public static readonly FrozenDictionary<SyntaxKind, ImmutableArray<SyntaxKind>> ClauseKeywords =
        new Dictionary<SyntaxKind, ImmutableArray<SyntaxKind>>
        {
            [PackKeyword] = [JurisdictionKeyword, TimeKeyword, RoundKeyword],
            [ImportKeyword] = [],
            [SourceKeyword] = [StatusKeyword, InKeyword, DecidedKeyword],
            [CalendarKeyword] = [WeekendKeyword, HolidayKeyword, WorkingKeyword],
            [ArticleKeyword] = [InKeyword],
            [CaseKeyword] = [EventKeyword, FactKeyword],
            [LetKeyword] = [],
            [SafeguardKeyword] = [StatusKeyword, InKeyword, CitesKeyword, AppliesKeyword, RequiresKeyword, SeverityKeyword,
                CategoryKeyword, BecauseKeyword, MessageKeyword, SeedKeyword],
        }.ToFrozenDictionary();

    /// <summary>Every keyword that starts a clause in some declaration.</summary>
    public static readonly FrozenSet<SyntaxKind> AnyClauseKeyword = ClauseKeywords.Values.SelectMany(k => k).ToFrozenSet();

    /// <summary>The duration units; each may be written in the singular or the plural.</summary>
    public static readonly ImmutableArray<DurationUnitWords> DurationUnits =
    [
        new(MinutesKeyword, "minute", "minutes", DurationUnit.Minutes),
        new(HoursKeyword, "hour", "hours", DurationUnit.Hours),
        new(DaysKeyword, "day", "days", DurationUnit.Days),
        new(WeeksKeyword, "week", "weeks", DurationUnit.Weeks),
        new(MonthsKeyword, "month", "months", DurationUnit.Months),
    ];

    private static readonly FrozenDictionary<SyntaxKind, DurationUnitWords> UnitsByKeyword = DurationUnits.ToFrozenDictionary(u => u.Keyword);

    /// <summary>The unit a keyword names, or null when it names none.</summary>
    public static DurationUnit? UnitOf(SyntaxKind kind) => UnitsByKeyword.TryGetValue(kind, out var unit) ? unit.Unit : null;

    public static bool IsDurationUnit(SyntaxKind kind) => UnitsByKeyword.ContainsKey(kind);

    /// <summary>The words a fact's type may be, besides a list of values: the primitive types, then the units.</summary>
    public static readonly ImmutableArray<SyntaxKind> FactTypeKeywords =
        [BooleanKeyword, NumberKeyword, TextKeyword, DateKeyword, .. DurationUnits.Select(u => u.Keyword)];

    public static readonly ImmutableArray<ValueKeyword<Severity>> SeverityKeywords =
        [new(ErrorKeyword, Severity.Error), new(WarningKeyword, Severity.Warning), new(InfoKeyword, Severity.Info)];

    public static readonly ImmutableArray<ValueKeyword<LegalStatus>> StatusKeywords =
    [
        new(BindingKeyword, LegalStatus.Binding), new(TreatyKeyword, LegalStatus.Treaty), new(SoftKeyword, LegalStatus.Soft),
        new(RecommendationKeyword, LegalStatus.Recommendation), new(GapKeyword, LegalStatus.Gap),
    ];

    public static readonly ImmutableArray<ValueKeyword<MonthRounding>> RoundingKeywords =
        [new(UpKeyword, MonthRounding.Up), new(DownKeyword, MonthRounding.Down)];

    /// <summary>The value a keyword of one of the tables above stands for.</summary>
    public static TValue ValueOf<TValue>(ImmutableArray<ValueKeyword<TValue>> table, SyntaxToken token) =>
        table.FirstOrDefault(k => k.Keyword == token.Kind) is { } found
            ? found.Value
            : throw new InvalidOperationException($"'{token.Text}' ({token.Kind}) is not one of {string.Join(", ", table.Select(k => k.Text))}; the grammar admits only those.");

    /// <summary>The placeholders a message template may use; the evaluator fills them in.</summary>
    public static readonly ImmutableArray<string> MessagePlaceholders =
        ["elapsed", "limit", "overrun", "slack", "deadline", "trigger", "completed", "safeguard", "title", "case"];

    /// <summary>True when the token at <paramref name="index"/> starts a declaration. 'article' is also a word of
    /// the cites clause ("cites CPC_OLD article 134.1"): there it starts nothing.</summary>
    public static bool StartsDeclarationAt(IReadOnlyList<SyntaxToken> tokens, int index) =>
        Keywords.StartsDeclaration(tokens[index].Kind)
        && !(tokens[index].Kind == ArticleKeyword && index >= 2
             && tokens[index - 1].Kind == Identifier && tokens[index - 2].Kind == CitesKeyword);
}
