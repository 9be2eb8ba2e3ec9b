namespace Safeguards.Language.Syntax;

/// <summary>A declaration: a header (its keyword, name and title) followed by clauses.</summary>
public abstract class DeclarationSyntax(SyntaxToken keyword, IReadOnlyList<ClauseSyntax> clauses, SkippedSyntax? skippedHeader) : SyntaxNode
{
    public SyntaxToken Keyword { get; } = keyword;

    public IReadOnlyList<ClauseSyntax> Clauses { get; } = clauses;

    /// <summary>Header tokens the parser could not read (the declaration is then partly known).</summary>
    public SkippedSyntax? SkippedHeader { get; } = skippedHeader;

    /// <summary>The token that names the declaration, when the header could be read.</summary>
    public abstract SyntaxToken? NameToken { get; }

    protected abstract IEnumerable<SyntaxElement?> HeaderChildren();

    protected override IEnumerable<SyntaxElement?> Children() => [Keyword, .. HeaderChildren(), SkippedHeader, .. Clauses];
}

public sealed class QualifiedNameSyntax(SeparatedList<SyntaxToken> parts) : SyntaxNode
{
    public SeparatedList<SyntaxToken> Parts { get; } = parts;

    public string Name => string.Join('.', Parts.Items.Select(p => p.Text));

    protected override IEnumerable<SyntaxElement?> Children() => Parts.Elements();
}

public sealed class PackDeclarationSyntax(SyntaxToken keyword, QualifiedNameSyntax? name, SyntaxToken? title,
    SkippedSyntax? skipped, IReadOnlyList<ClauseSyntax> clauses) : DeclarationSyntax(keyword, clauses, skipped)
{
    public QualifiedNameSyntax? Name { get; } = name;
    public SyntaxToken? Title { get; } = title;
    public override SyntaxToken? NameToken => Name?.Parts.Items[^1];
    protected override IEnumerable<SyntaxElement?> HeaderChildren() => [Name, Title];
}

public sealed class ImportDeclarationSyntax(SyntaxToken keyword, QualifiedNameSyntax? name, SkippedSyntax? skipped,
    IReadOnlyList<ClauseSyntax> clauses) : DeclarationSyntax(keyword, clauses, skipped)
{
    public QualifiedNameSyntax? Name { get; } = name;
    public override SyntaxToken? NameToken => Name?.Parts.Items[^1];
    protected override IEnumerable<SyntaxElement?> HeaderChildren() => [Name];
}

/// <summary><c>source CPC_2014 "Criminal Procedure Code, Law No. 231-V"</c></summary>
public sealed class SourceDeclarationSyntax(SyntaxToken keyword, SyntaxToken? name, SyntaxToken? title, SkippedSyntax? skipped,
    IReadOnlyList<ClauseSyntax> clauses) : DeclarationSyntax(keyword, clauses, skipped)
{
    public SyntaxToken? Name { get; } = name;
    public SyntaxToken? Title { get; } = title;
    public override SyntaxToken? NameToken => Name;
    protected override IEnumerable<SyntaxElement?> HeaderChildren() => [Name, Title];
}

/// <summary><c>article CPC_OLD 134.1 "Detention report" """quoted text"""</c>; the number may carry the word the law
/// numbers its provisions with: <c>article StPO § 128(1)</c>, <c>article PACE s.41(2)</c>, <c>article SALDUZ para 54</c>.</summary>
public sealed class ArticleDeclarationSyntax(SyntaxToken keyword, SyntaxToken? source, SyntaxToken? number,
    IReadOnlyList<SyntaxToken> texts, SkippedSyntax? skipped, IReadOnlyList<ClauseSyntax> clauses,
    SyntaxToken? designator = null, SyntaxToken? designatorDot = null)
    : DeclarationSyntax(keyword, clauses, skipped)
{
    public SyntaxToken? Source { get; } = source;

    /// <summary>The word or sign before the number (<c>§</c>, <c>s</c>, <c>para</c>, <c>Amendment</c>); null for a plain article number.</summary>
    public SyntaxToken? Designator { get; } = designator;

    /// <summary>The dot of an abbreviated designator (<c>s.41</c>).</summary>
    public SyntaxToken? DesignatorDot { get; } = designatorDot;

    public SyntaxToken? Number { get; } = number;

    /// <summary>Zero, one or two quoted texts: a title and the article's text. A lone triple-quoted text is the article's text.</summary>
    public IReadOnlyList<SyntaxToken> Texts { get; } = texts;

    public override SyntaxToken? NameToken => Number;
    protected override IEnumerable<SyntaxElement?> HeaderChildren() => [Source, Designator, DesignatorDot, Number, .. Texts];
}

/// <summary><c>case detention "A person deprived of liberty"</c> followed by events and facts.</summary>
public sealed class CaseDeclarationSyntax(SyntaxToken keyword, SyntaxToken? name, SyntaxToken? title, SkippedSyntax? skipped,
    IReadOnlyList<ClauseSyntax> clauses) : DeclarationSyntax(keyword, clauses, skipped)
{
    public SyntaxToken? Name { get; } = name;
    public SyntaxToken? Title { get; } = title;
    public override SyntaxToken? NameToken => Name;
    protected override IEnumerable<SyntaxElement?> HeaderChildren() => [Name, Title];
}

/// <summary><c>let pre_charge_limit = 72 hours</c></summary>
public sealed class ConstantDeclarationSyntax(SyntaxToken keyword, SyntaxToken? name, SyntaxToken? equalsSign, DurationSyntax? value,
    SkippedSyntax? skipped, IReadOnlyList<ClauseSyntax> clauses, ClockStartSyntax? instant = null) : DeclarationSyntax(keyword, clauses, skipped)
{
    public SyntaxToken? Name { get; } = name;
    public SyntaxToken? EqualsSign { get; } = equalsSign;

    /// <summary>A duration (<c>let limit = 72 hours</c>), or null for a named instant.</summary>
    public DurationSyntax? Value { get; } = value;

    /// <summary>A named instant (<c>let custody_start = earliest of (apprehended, placed_in_custody)</c>), or null.</summary>
    public ClockStartSyntax? Instant { get; } = instant;
    public override SyntaxToken? NameToken => Name;
    protected override IEnumerable<SyntaxElement?> HeaderChildren() => [Name, EqualsSign, Value, Instant];
}

/// <summary><c>safeguard DET-REG-3H "Detention report within three hours"</c> followed by its clauses.</summary>
public sealed class SafeguardDeclarationSyntax(SyntaxToken keyword, SyntaxToken? id, SyntaxToken? title, SkippedSyntax? skipped,
    IReadOnlyList<ClauseSyntax> clauses) : DeclarationSyntax(keyword, clauses, skipped)
{
    public SyntaxToken? Id { get; } = id;
    public SyntaxToken? Title { get; } = title;
    public override SyntaxToken? NameToken => Id;
    protected override IEnumerable<SyntaxElement?> HeaderChildren() => [Id, Title];
}

/// <summary><c>calendar BERLIN "Public holidays in Berlin"</c> followed by its weekend and holidays (language.md, "calendar").</summary>
public sealed class CalendarDeclarationSyntax(SyntaxToken keyword, SyntaxToken? name, SyntaxToken? title, SkippedSyntax? skipped,
    IReadOnlyList<ClauseSyntax> clauses) : DeclarationSyntax(keyword, clauses, skipped)
{
    public SyntaxToken? Name { get; } = name;
    public SyntaxToken? Title { get; } = title;
    public override SyntaxToken? NameToken => Name;
    protected override IEnumerable<SyntaxElement?> HeaderChildren() => [Name, Title];
}
