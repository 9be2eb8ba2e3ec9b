namespace Safeguards.Language.Syntax;

/// <summary>A condition after <c>when</c>. The kinds are closed: a new kind adds a method to
/// <see cref="IConditionSyntaxVisitor{TResult}"/>, and every place that must handle it fails to compile until it does.</summary>
public abstract class ConditionSyntax : SyntaxNode
{
    private protected ConditionSyntax()
    {
    }

    public abstract TResult Accept<TResult>(IConditionSyntaxVisitor<TResult> visitor);
}

/// <summary>One method per kind of condition syntax.</summary>
public interface IConditionSyntaxVisitor<out TResult>
{
    TResult VisitBinary(BinaryConditionSyntax condition);
    TResult VisitNot(NotConditionSyntax condition);
    TResult VisitParenthesized(ParenthesizedConditionSyntax condition);
    TResult VisitFact(FactConditionSyntax condition);
    TResult VisitOccurred(OccurredConditionSyntax condition);
    TResult VisitIs(IsConditionSyntax condition);
    TResult VisitCompare(CompareConditionSyntax condition);
}

/// <summary><c>a and b</c>, <c>a or b</c></summary>
public sealed class BinaryConditionSyntax(ConditionSyntax left, SyntaxToken operatorToken, ConditionSyntax right) : ConditionSyntax
{
    public ConditionSyntax Left { get; } = left;
    public SyntaxToken Operator { get; } = operatorToken;
    public ConditionSyntax Right { get; } = right;
    protected override IEnumerable<SyntaxElement?> Children() => [Left, Operator, Right];
    public override TResult Accept<TResult>(IConditionSyntaxVisitor<TResult> visitor) => visitor.VisitBinary(this);
}

public sealed class NotConditionSyntax(SyntaxToken notKeyword, ConditionSyntax operand) : ConditionSyntax
{
    public SyntaxToken NotKeyword { get; } = notKeyword;
    public ConditionSyntax Operand { get; } = operand;
    protected override IEnumerable<SyntaxElement?> Children() => [NotKeyword, Operand];
    public override TResult Accept<TResult>(IConditionSyntaxVisitor<TResult> visitor) => visitor.VisitNot(this);
}

public sealed class ParenthesizedConditionSyntax(SyntaxToken open, ConditionSyntax inner, SyntaxToken close) : ConditionSyntax
{
    public SyntaxToken Open { get; } = open;
    public ConditionSyntax Inner { get; } = inner;
    public SyntaxToken Close { get; } = close;
    protected override IEnumerable<SyntaxElement?> Children() => [Open, Inner, Close];
    public override TResult Accept<TResult>(IConditionSyntaxVisitor<TResult> visitor) => visitor.VisitParenthesized(this);
}

/// <summary><c>alleges_torture</c>: a boolean fact is true.</summary>
public sealed class FactConditionSyntax(SyntaxToken name) : ConditionSyntax
{
    public SyntaxToken Name { get; } = name;
    protected override IEnumerable<SyntaxElement?> Children() => [Name];
    public override TResult Accept<TResult>(IConditionSyntaxVisitor<TResult> visitor) => visitor.VisitFact(this);
}

/// <summary><c>complaint occurred</c>: an event of that type is recorded.</summary>
public sealed class OccurredConditionSyntax(SyntaxToken name, SyntaxToken occurredKeyword) : ConditionSyntax
{
    public SyntaxToken Name { get; } = name;
    public SyntaxToken OccurredKeyword { get; } = occurredKeyword;
    protected override IEnumerable<SyntaxElement?> Children() => [Name, OccurredKeyword];
    public override TResult Accept<TResult>(IConditionSyntaxVisitor<TResult> visitor) => visitor.VisitOccurred(this);
}

/// <summary><c>kind is criminal</c>, <c>kind is not administrative</c>, <c>alleges_torture is yes</c></summary>
public sealed class IsConditionSyntax(SyntaxToken name, SyntaxToken isKeyword, SyntaxToken? notKeyword, SyntaxToken value) : ConditionSyntax
{
    public SyntaxToken Name { get; } = name;
    public SyntaxToken IsKeyword { get; } = isKeyword;
    public SyntaxToken? NotKeyword { get; } = notKeyword;
    public SyntaxToken Value { get; } = value;
    protected override IEnumerable<SyntaxElement?> Children() => [Name, IsKeyword, NotKeyword, Value];
    public override TResult Accept<TResult>(IConditionSyntaxVisitor<TResult> visitor) => visitor.VisitIs(this);
}

/// <summary><c>age is at least 18</c>, <c>term is more than 15 days</c></summary>
public sealed class CompareConditionSyntax(SyntaxToken name, SyntaxToken isKeyword, SyntaxToken comparison1, SyntaxToken comparison2,
    SyntaxToken number, SyntaxToken? unit) : ConditionSyntax
{
    public SyntaxToken Name { get; } = name;
    public SyntaxToken IsKeyword { get; } = isKeyword;

    /// <summary>at least | at most | more than | less than</summary>
    public SyntaxToken Comparison1 { get; } = comparison1;
    public SyntaxToken Comparison2 { get; } = comparison2;
    public SyntaxToken Number { get; } = number;
    public SyntaxToken? Unit { get; } = unit;
    protected override IEnumerable<SyntaxElement?> Children() => [Name, IsKeyword, Comparison1, Comparison2, Number, Unit];
    public override TResult Accept<TResult>(IConditionSyntaxVisitor<TResult> visitor) => visitor.VisitCompare(this);
}
