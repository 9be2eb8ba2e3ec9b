using System.Collections.Frozen;

namespace Safeguards.Language.Syntax;

/// <summary>The reserved words of the language and the roles they play in splitting a file.</summary>
public static class Keywords
{
    private static readonly FrozenDictionary<string, SyntaxKind> ByText = new Dictionary<string, SyntaxKind>
    {
        ["pack"] = SyntaxKind.PackKeyword, ["import"] = SyntaxKind.ImportKeyword, ["source"] = SyntaxKind.SourceKeyword,
        ["article"] = SyntaxKind.ArticleKeyword, ["case"] = SyntaxKind.CaseKeyword, ["let"] = SyntaxKind.LetKeyword,
        ["safeguard"] = SyntaxKind.SafeguardKeyword,
        ["jurisdiction"] = SyntaxKind.JurisdictionKeyword, ["time"] = SyntaxKind.TimeKeyword, ["round"] = SyntaxKind.RoundKeyword,
        ["status"] = SyntaxKind.StatusKeyword, ["in"] = SyntaxKind.InKeyword, ["event"] = SyntaxKind.EventKeyword,
        ["fact"] = SyntaxKind.FactKeyword, ["cites"] = SyntaxKind.CitesKeyword, ["applies"] = SyntaxKind.AppliesKeyword,
        ["requires"] = SyntaxKind.RequiresKeyword, ["severity"] = SyntaxKind.SeverityKeyword, ["category"] = SyntaxKind.CategoryKeyword,
        ["because"] = SyntaxKind.BecauseKeyword, ["message"] = SyntaxKind.MessageKeyword, ["seed"] = SyntaxKind.SeedKeyword,
        ["zone"] = SyntaxKind.ZoneKeyword, ["up"] = SyntaxKind.UpKeyword, ["down"] = SyntaxKind.DownKeyword,
        ["force"] = SyntaxKind.ForceKeyword, ["from"] = SyntaxKind.FromKeyword, ["until"] = SyntaxKind.UntilKeyword,
        ["binding"] = SyntaxKind.BindingKeyword, ["treaty"] = SyntaxKind.TreatyKeyword, ["soft"] = SyntaxKind.SoftKeyword,
        ["recommendation"] = SyntaxKind.RecommendationKeyword, ["gap"] = SyntaxKind.GapKeyword, ["with"] = SyntaxKind.WithKeyword,
        ["refers"] = SyntaxKind.RefersKeyword, ["to"] = SyntaxKind.ToKeyword, ["required"] = SyntaxKind.RequiredKeyword,
        ["when"] = SyntaxKind.WhenKeyword, ["within"] = SyntaxKind.WithinKeyword, ["after"] = SyntaxKind.AfterKeyword,
        ["before"] = SyntaxKind.BeforeKeyword, ["no"] = SyntaxKind.NoKeyword, ["later"] = SyntaxKind.LaterKeyword,
        ["than"] = SyntaxKind.ThanKeyword, ["each"] = SyntaxKind.EachKeyword, ["or"] = SyntaxKind.OrKeyword,
        ["and"] = SyntaxKind.AndKeyword, ["not"] = SyntaxKind.NotKeyword, ["is"] = SyntaxKind.IsKeyword,
        ["occurred"] = SyntaxKind.OccurredKeyword, ["at"] = SyntaxKind.AtKeyword, ["least"] = SyntaxKind.LeastKeyword,
        ["most"] = SyntaxKind.MostKeyword, ["more"] = SyntaxKind.MoreKeyword, ["less"] = SyntaxKind.LessKeyword,
        ["where"] = SyntaxKind.WhereKeyword, ["error"] = SyntaxKind.ErrorKeyword, ["warning"] = SyntaxKind.WarningKeyword,
        ["info"] = SyntaxKind.InfoKeyword, ["immediately"] = SyntaxKind.ImmediatelyKeyword,
        ["minutes"] = SyntaxKind.MinutesKeyword, ["minute"] = SyntaxKind.MinutesKeyword,
        ["hours"] = SyntaxKind.HoursKeyword, ["hour"] = SyntaxKind.HoursKeyword,
        ["days"] = SyntaxKind.DaysKeyword, ["day"] = SyntaxKind.DaysKeyword,
        ["weeks"] = SyntaxKind.WeeksKeyword, ["week"] = SyntaxKind.WeeksKeyword,
        ["months"] = SyntaxKind.MonthsKeyword, ["month"] = SyntaxKind.MonthsKeyword,
        ["boolean"] = SyntaxKind.BooleanKeyword, ["number"] = SyntaxKind.NumberKeyword, ["text"] = SyntaxKind.TextKeyword,
        ["date"] = SyntaxKind.DateKeyword, ["yes"] = SyntaxKind.YesKeyword,
        ["calendar"] = SyntaxKind.CalendarKeyword, ["decided"] = SyntaxKind.DecidedKeyword, ["weekend"] = SyntaxKind.WeekendKeyword,
        ["holiday"] = SyntaxKind.HolidayKeyword, ["working"] = SyntaxKind.WorkingKeyword, ["by"] = SyntaxKind.ByKeyword,
        ["on"] = SyntaxKind.OnKeyword, ["earliest"] = SyntaxKind.EarliestKeyword, ["latest"] = SyntaxKind.LatestKeyword,
        ["of"] = SyntaxKind.OfKeyword, ["plus"] = SyntaxKind.PlusKeyword, ["extended"] = SyntaxKind.ExtendedKeyword,
        ["repeated"] = SyntaxKind.RepeatedKeyword,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> All => ByText.Keys;

    public static SyntaxKind Classify(string identifierText) =>
        ByText.TryGetValue(identifierText, out var kind) ? kind : SyntaxKind.Identifier;

    public static bool IsKeyword(SyntaxKind kind) => kind >= SyntaxKind.PackKeyword;

    public static bool StartsDeclaration(SyntaxKind kind) => kind is SyntaxKind.PackKeyword or SyntaxKind.ImportKeyword
        or SyntaxKind.SourceKeyword or SyntaxKind.ArticleKeyword or SyntaxKind.CaseKeyword or SyntaxKind.LetKeyword
        or SyntaxKind.SafeguardKeyword or SyntaxKind.CalendarKeyword;

    /// <summary>The clause keywords a declaration accepts; a clause runs until the next one (or the next declaration).</summary>
    public static bool StartsClause(SyntaxKind declaration, SyntaxKind kind) => declaration switch
    {
        SyntaxKind.PackKeyword => kind is SyntaxKind.JurisdictionKeyword or SyntaxKind.TimeKeyword or SyntaxKind.RoundKeyword,
        SyntaxKind.SourceKeyword => kind is SyntaxKind.StatusKeyword or SyntaxKind.InKeyword or SyntaxKind.DecidedKeyword,
        SyntaxKind.CalendarKeyword => kind is SyntaxKind.WeekendKeyword or SyntaxKind.HolidayKeyword or SyntaxKind.WorkingKeyword,
        SyntaxKind.ArticleKeyword => kind is SyntaxKind.InKeyword,
        SyntaxKind.CaseKeyword => kind is SyntaxKind.EventKeyword or SyntaxKind.FactKeyword,
        SyntaxKind.SafeguardKeyword => kind is SyntaxKind.CitesKeyword or SyntaxKind.AppliesKeyword or SyntaxKind.InKeyword
            or SyntaxKind.RequiresKeyword or SyntaxKind.SeverityKeyword or SyntaxKind.StatusKeyword
            or SyntaxKind.CategoryKeyword or SyntaxKind.BecauseKeyword or SyntaxKind.MessageKeyword or SyntaxKind.SeedKeyword,
        _ => false,
    };

    /// <summary>The clause keywords of one declaration kind, for completion.</summary>
    public static IEnumerable<SyntaxKind> ClauseKeywords(SyntaxKind declaration) =>
        Enum.GetValues<SyntaxKind>().Where(k => StartsClause(declaration, k));

    public static string TextOf(SyntaxKind kind) =>
        ByText.Where(p => p.Value == kind).Select(p => p.Key).OrderBy(k => k.Length).LastOrDefault() ?? kind.ToString();
}
