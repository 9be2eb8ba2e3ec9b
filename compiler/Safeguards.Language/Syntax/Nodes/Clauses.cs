namespace Safeguards.Language.Syntax;

/// <summary>A clause inside a declaration, starting with its keyword.</summary>
public abstract class ClauseSyntax(SyntaxToken keyword, SkippedSyntax? trailing) : SyntaxNode
{
    public SyntaxToken Keyword { get; } = keyword;

    /// <summary>Tokens after a well-formed clause that fit nowhere (reported once, kept in the tree).</summary>
    public SkippedSyntax? Trailing { get; } = trailing;

    protected abstract IEnumerable<SyntaxElement?> Body();

    protected override IEnumerable<SyntaxElement?> Children() => [Keyword, .. Body(), Trailing];
}

/// <summary>A clause the parser could not read: its keyword and the rest of its tokens.</summary>
public sealed class SkippedClauseSyntax(SyntaxToken keyword, SkippedSyntax rest) : ClauseSyntax(keyword, null)
{
    public SkippedSyntax Rest { get; } = rest;
    protected override IEnumerable<SyntaxElement?> Body() => [Rest];
}

/// <summary><c>jurisdiction KZ</c>, <c>category detention</c>, <c>severity error</c>, <c>status binding</c>:
/// a keyword and one word.</summary>
public sealed class WordClauseSyntax(SyntaxToken keyword, SyntaxToken value, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken Value { get; } = value;
    protected override IEnumerable<SyntaxElement?> Body() => [Value];
}

/// <summary><c>because "..."</c>, <c>message "..."</c>, <c>seed "000:193-194"</c>.</summary>
public sealed class TextClauseSyntax(SyntaxToken keyword, SyntaxToken text, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken Text { get; } = text;
    protected override IEnumerable<SyntaxElement?> Body() => [Text];
}

/// <summary><c>time zone "Asia/Almaty"</c></summary>
public sealed class TimeZoneClauseSyntax(SyntaxToken keyword, SyntaxToken zoneKeyword, SyntaxToken zone, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken ZoneKeyword { get; } = zoneKeyword;
    public SyntaxToken Zone { get; } = zone;
    protected override IEnumerable<SyntaxElement?> Body() => [ZoneKeyword, Zone];
}

/// <summary><c>round months down</c></summary>
public sealed class RoundingClauseSyntax(SyntaxToken keyword, SyntaxToken monthsKeyword, SyntaxToken direction, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken MonthsKeyword { get; } = monthsKeyword;
    public SyntaxToken Direction { get; } = direction;
    protected override IEnumerable<SyntaxElement?> Body() => [MonthsKeyword, Direction];
}

/// <summary><c>in force from 2015-01-01 until 2020-01-01</c> (either bound may be absent).</summary>
public sealed class InForceClauseSyntax(SyntaxToken keyword, SyntaxToken forceKeyword, SyntaxToken? fromKeyword, SyntaxToken? from,
    SyntaxToken? untilKeyword, SyntaxToken? until, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken ForceKeyword { get; } = forceKeyword;
    public SyntaxToken? FromKeyword { get; } = fromKeyword;
    public SyntaxToken? From { get; } = from;
    public SyntaxToken? UntilKeyword { get; } = untilKeyword;
    public SyntaxToken? Until { get; } = until;
    protected override IEnumerable<SyntaxElement?> Body() => [ForceKeyword, FromKeyword, From, UntilKeyword, Until];
}

/// <summary><c>event complaint "a complaint" required with channel: a | b refers to detention_order</c></summary>
public sealed class EventClauseSyntax(SyntaxToken keyword, SyntaxToken name, SyntaxToken? description,
    IReadOnlyList<EventModifierSyntax> modifiers, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken Name { get; } = name;
    public SyntaxToken? Description { get; } = description;
    public IReadOnlyList<EventModifierSyntax> Modifiers { get; } = modifiers;
    protected override IEnumerable<SyntaxElement?> Body() => [Name, Description, .. Modifiers];
}

public abstract class EventModifierSyntax : SyntaxNode;

/// <summary><c>required</c>: every case must record this event.</summary>
public sealed class RequiredModifierSyntax(SyntaxToken keyword) : EventModifierSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    protected override IEnumerable<SyntaxElement?> Children() => [Keyword];
}

/// <summary><c>refers to complaint</c>: an occurrence names the occurrence it answers.</summary>
public sealed class RefersModifierSyntax(SyntaxToken refersKeyword, SyntaxToken toKeyword, SyntaxToken target) : EventModifierSyntax
{
    public SyntaxToken RefersKeyword { get; } = refersKeyword;
    public SyntaxToken ToKeyword { get; } = toKeyword;
    public SyntaxToken Target { get; } = target;
    protected override IEnumerable<SyntaxElement?> Children() => [RefersKeyword, ToKeyword, Target];
}

/// <summary><c>with channel: crime_report | procedural_complaint, agency: police | prosecutor</c></summary>
public sealed class WithModifierSyntax(SyntaxToken withKeyword, SeparatedList<AttributeSyntax> attributes) : EventModifierSyntax
{
    public SyntaxToken WithKeyword { get; } = withKeyword;
    public SeparatedList<AttributeSyntax> Attributes { get; } = attributes;
    protected override IEnumerable<SyntaxElement?> Children() => [WithKeyword, .. Attributes.Elements()];
}

public sealed class AttributeSyntax(SyntaxToken name, SyntaxToken colon, SeparatedList<SyntaxToken> values) : SyntaxNode
{
    public SyntaxToken Name { get; } = name;
    public SyntaxToken Colon { get; } = colon;
    public SeparatedList<SyntaxToken> Values { get; } = values;
    protected override IEnumerable<SyntaxElement?> Children() => [Name, Colon, .. Values.Elements()];
}

/// <summary><c>fact kind "criminal or administrative": criminal | administrative</c></summary>
public sealed class FactClauseSyntax(SyntaxToken keyword, SyntaxToken name, SyntaxToken? description, SyntaxToken colon,
    FactTypeSyntax type, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken Name { get; } = name;
    public SyntaxToken? Description { get; } = description;
    public SyntaxToken Colon { get; } = colon;
    public FactTypeSyntax Type { get; } = type;
    protected override IEnumerable<SyntaxElement?> Body() => [Name, Description, Colon, Type];
}

/// <summary>A fact's type: a keyword (boolean, number, text, date, or a duration unit) or a list of values.</summary>
public sealed class FactTypeSyntax(SyntaxToken? keyword, SeparatedList<SyntaxToken>? values) : SyntaxNode
{
    public SyntaxToken? Keyword { get; } = keyword;
    public SeparatedList<SyntaxToken>? Values { get; } = values;
    protected override IEnumerable<SyntaxElement?> Children() => Values is null ? [Keyword] : [.. Values.Elements()];
}

/// <summary><c>cites CPC_OLD article 134.1</c>, <c>cites StPO § 128(1)</c>, <c>cites PACE s.41(2)</c>, <c>cites US_CONSTITUTION Amendment IV</c>.</summary>
public sealed class CitesClauseSyntax(SyntaxToken keyword, SyntaxToken source, SyntaxToken? articleKeyword, SyntaxToken? article,
    SyntaxToken? designator = null, SyntaxToken? designatorDot = null, SkippedSyntax? trailing = null)
    : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken Source { get; } = source;
    public SyntaxToken? ArticleKeyword { get; } = articleKeyword;

    /// <summary>The word or sign before the number instead of <c>article</c> (<c>§</c>, <c>s</c>, <c>para</c>, <c>Amendment</c>).</summary>
    public SyntaxToken? Designator { get; } = designator;

    public SyntaxToken? DesignatorDot { get; } = designatorDot;

    /// <summary>The provision's number (after <c>article</c> or the designator).</summary>
    public SyntaxToken? Article { get; } = article;
    protected override IEnumerable<SyntaxElement?> Body() => [Source, ArticleKeyword, Designator, DesignatorDot, Article];
}

/// <summary><c>applies to detention when kind is criminal</c></summary>
public sealed class AppliesClauseSyntax(SyntaxToken keyword, SyntaxToken toKeyword, SyntaxToken caseName, SyntaxToken? whenKeyword,
    ConditionSyntax? condition, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken ToKeyword { get; } = toKeyword;
    public SyntaxToken CaseName { get; } = caseName;
    public SyntaxToken? WhenKeyword { get; } = whenKeyword;
    public ConditionSyntax? Condition { get; } = condition;
    protected override IEnumerable<SyntaxElement?> Body() => [ToKeyword, CaseName, WhenKeyword, Condition];
}

/// <summary><c>requires registered within 3 hours after apprehended</c></summary>
public sealed class RequiresClauseSyntax(SyntaxToken keyword, RequirementSyntax requirement, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public RequirementSyntax Requirement { get; } = requirement;
    protected override IEnumerable<SyntaxElement?> Body() => [Requirement];
}

/// <summary><c>decided by "European Court of Human Rights (Grand Chamber)" on 2008-11-27</c>: the source is a judgment.</summary>
public sealed class JudgmentClauseSyntax(SyntaxToken keyword, SyntaxToken byKeyword, SyntaxToken court, SyntaxToken onKeyword, SyntaxToken date, SkippedSyntax? trailing = null)
    : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken ByKeyword { get; } = byKeyword;
    public SyntaxToken Court { get; } = court;
    public SyntaxToken OnKeyword { get; } = onKeyword;
    public SyntaxToken Date { get; } = date;
    protected override IEnumerable<SyntaxElement?> Body() => [ByKeyword, Court, OnKeyword, Date];
}

/// <summary><c>weekend Saturday, Sunday</c> (also <c>Saturday and Sunday</c>).</summary>
public sealed class WeekendClauseSyntax(SyntaxToken keyword, SeparatedList<SyntaxToken> days, SkippedSyntax? trailing = null) : ClauseSyntax(keyword, trailing)
{
    public SeparatedList<SyntaxToken> Days { get; } = days;
    protected override IEnumerable<SyntaxElement?> Body() => [.. Days.Elements()];
}

/// <summary><c>holiday "Tag der Deutschen Einheit" on 3 October from 1990-10-03</c>.</summary>
public sealed class HolidayClauseSyntax(SyntaxToken keyword, SyntaxToken name, SyntaxToken onKeyword, HolidayDateSyntax date,
    SyntaxToken? fromKeyword, SyntaxToken? from, SyntaxToken? untilKeyword, SyntaxToken? until, SkippedSyntax? trailing = null)
    : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken Name { get; } = name;
    public SyntaxToken OnKeyword { get; } = onKeyword;
    public HolidayDateSyntax Date { get; } = date;
    public SyntaxToken? FromKeyword { get; } = fromKeyword;
    public SyntaxToken? From { get; } = from;
    public SyntaxToken? UntilKeyword { get; } = untilKeyword;
    public SyntaxToken? Until { get; } = until;
    protected override IEnumerable<SyntaxElement?> Body() => [Name, OnKeyword, Date, FromKeyword, From, UntilKeyword, Until];
}

/// <summary>When a holiday falls: a date (<c>2017-10-31</c>), a day and month every year (<c>3 October</c>), or Easter
/// and an offset (<c>Easter</c>, <c>2 days before Easter</c>, <c>1 day after Orthodox Easter</c>).</summary>
public sealed class HolidayDateSyntax(SyntaxToken? date, SyntaxToken? number, SyntaxToken? unit, SyntaxToken? direction,
    IReadOnlyList<SyntaxToken> words) : SyntaxNode
{
    /// <summary>The date of a one-off holiday.</summary>
    public SyntaxToken? Date { get; } = date;

    /// <summary>The day of the month (with a month name in <see cref="Words"/>), or the days before or after Easter.</summary>
    public SyntaxToken? Number { get; } = number;

    /// <summary><c>days</c> for a day relative to Easter.</summary>
    public SyntaxToken? Unit { get; } = unit;

    /// <summary><c>before</c> or <c>after</c> Easter.</summary>
    public SyntaxToken? Direction { get; } = direction;

    /// <summary>The month's name, or <c>Easter</c> / <c>Orthodox Easter</c>.</summary>
    public IReadOnlyList<SyntaxToken> Words { get; } = words;

    public bool IsEasterRelative => Date is null && (Unit is not null || Number is null);

    protected override IEnumerable<SyntaxElement?> Children() => [Date, Number, Unit, Direction, .. Words];
}

/// <summary><c>working day "worked in exchange for 29 April" on 2024-04-27</c>: a weekend day a decree made working.</summary>
public sealed class WorkingDayClauseSyntax(SyntaxToken keyword, SyntaxToken day, SyntaxToken? reason, SyntaxToken onKeyword, SyntaxToken date, SkippedSyntax? trailing = null)
    : ClauseSyntax(keyword, trailing)
{
    public SyntaxToken Day { get; } = day;
    public SyntaxToken? Reason { get; } = reason;
    public SyntaxToken OnKeyword { get; } = onKeyword;
    public SyntaxToken Date { get; } = date;
    protected override IEnumerable<SyntaxElement?> Body() => [Day, Reason, OnKeyword, Date];
}
