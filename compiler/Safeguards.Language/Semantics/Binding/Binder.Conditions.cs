using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;

namespace Safeguards.Language.Semantics;

internal sealed partial class Binder
{
    // Null only after a diagnostic: each part that fails to bind reports its own.
    private BoundCondition? BindCondition(CaseSymbol @case, ConditionSyntax syntax) => syntax.Accept(new ConditionBinder(this, @case));

    private sealed class ConditionBinder(Binder binder, CaseSymbol @case) : IConditionSyntaxVisitor<BoundCondition?>
    {
        public BoundCondition? VisitBinary(BinaryConditionSyntax condition) =>
            BindBinary(condition, condition.Left.Accept(this), condition.Right.Accept(this));

        public BoundCondition? VisitNot(NotConditionSyntax condition) => condition.Operand.Accept(this) is { } operand ? new BoundNot(operand) : null;

        public BoundCondition? VisitParenthesized(ParenthesizedConditionSyntax condition) => condition.Inner.Accept(this);

        public BoundCondition? VisitFact(FactConditionSyntax condition) => binder.BindFactIsTrue(@case, condition);

        public BoundCondition? VisitOccurred(OccurredConditionSyntax condition) =>
            binder.FindEvent(@case, condition.Name) is { } @event ? new BoundOccurred(@event) : null;

        public BoundCondition? VisitIs(IsConditionSyntax condition) => binder.BindIs(@case, condition);

        public BoundCondition? VisitCompare(CompareConditionSyntax condition) => binder.BindCompare(@case, condition);
    }

    // Both sides are bound (each reports its own mistakes) before either can make the whole unknown.
    private static BoundCondition? BindBinary(BinaryConditionSyntax binary, BoundCondition? left, BoundCondition? right) =>
        left is null || right is null ? null
        : binary.Operator.Kind == SyntaxKind.AndKeyword ? new BoundAnd(left, right) : new BoundOr(left, right);

    private BoundCondition? BindFactIsTrue(CaseSymbol @case, FactConditionSyntax syntax)
    {
        if (FindFact(@case, syntax.Name) is not { } fact) return null;
        if (fact.Type == FactType.Boolean) return new BoundFactIsTrue(fact, true);
        Report(DiagnosticCatalogue.TypeMismatch, At(syntax.Name), fact.Name, fact.TypeDescription,
            fact.Type == FactType.Enumeration ? $"test it with '{fact.Name} is {fact.Values.FirstOrDefault()}'" : $"only yes/no facts can stand alone in a condition");
        return null;
    }

    private BoundCondition? BindIs(CaseSymbol @case, IsConditionSyntax syntax)
    {
        if (FindFact(@case, syntax.Name) is not { } fact) return null;
        var negated = syntax.NotKeyword is not null;
        if (fact.Type == FactType.Boolean)
        {
            if (syntax.Value.Kind is SyntaxKind.YesKeyword or SyntaxKind.NoKeyword)
                return new BoundFactIsTrue(fact, (syntax.Value.Kind == SyntaxKind.YesKeyword) != negated);
            Report(DiagnosticCatalogue.UnknownValue, At(syntax.Value), syntax.Value.Text, fact.Name, "yes, no");
            return null;
        }
        if (fact.Type != FactType.Enumeration)
        {
            Report(DiagnosticCatalogue.TypeMismatch, At(syntax.Name), fact.Name, fact.TypeDescription,
                fact.Type == FactType.Number ? "compare it with 'is at least', 'is at most', 'is more than' or 'is less than'" : "it cannot be tested with 'is'");
            return null;
        }
        var index = IndexOfValue(fact.Values, syntax.Value.Text);
        if (index >= 0)
        {
            Referenced(syntax.Value, fact, countsAsUse: false);
            return new BoundFactIsValue(fact, index, negated);
        }
        var suggestion = NameSuggestions.Closest(syntax.Value.Text, fact.Values);
        Report(DiagnosticCatalogue.UnknownValue, At(syntax.Value), null,
            suggestion is null ? null : [new TextFix($"Change to '{suggestion}'", At(syntax.Value), suggestion)],
            syntax.Value.Text, fact.Name, string.Join(", ", fact.Values));
        return null;
    }

    private BoundCondition? BindCompare(CaseSymbol @case, CompareConditionSyntax syntax)
    {
        if (FindFact(@case, syntax.Name) is not { } fact) return null;
        var comparison = (syntax.Comparison1.Kind, syntax.Comparison2.Kind) switch
        {
            (SyntaxKind.AtKeyword, SyntaxKind.LeastKeyword) => Comparison.AtLeast,
            (SyntaxKind.AtKeyword, SyntaxKind.MostKeyword) => Comparison.AtMost,
            (SyntaxKind.MoreKeyword, SyntaxKind.ThanKeyword) => Comparison.MoreThan,
            (SyntaxKind.LessKeyword, SyntaxKind.ThanKeyword) => Comparison.LessThan,
            var (first, second) => throw new InvalidOperationException($"'{first} {second}' is no comparison; the grammar admits only at least, at most, more than, less than."),
        };
        if (ParseNumber(syntax.Number) is not { } number) return null;
        if (fact.Type != FactType.Number)
        {
            Report(DiagnosticCatalogue.TypeMismatch, At(syntax.Name), fact.Name, fact.TypeDescription, "only numbers and durations can be compared");
            return null;
        }
        if (fact.Unit is null && syntax.Unit is null) return new BoundFactCompare(fact, comparison, 1, number);
        if (fact.Unit is null)
        {
            Report(DiagnosticCatalogue.TypeMismatch, At(syntax.Unit!), fact.Name, fact.TypeDescription, "compare it with a plain number");
            return null;
        }
        if (syntax.Unit is null)
        {
            Report(DiagnosticCatalogue.TypeMismatch, At(syntax.Number), fact.Name, fact.TypeDescription,
                $"compare it with a duration, like {number} {fact.Unit.Value.ToString().ToLowerInvariant()}");
            return null;
        }
        var literal = new LegalDuration(number, UnitOf(syntax.Unit));
        var factUnit = new LegalDuration(1, fact.Unit.Value);
        if (literal.Family != factUnit.Family)
        {
            Report(DiagnosticCatalogue.IncomparableDurations, new Location(tree.Source, Safeguards.Language.Text.TextSpan.FromBounds(syntax.Number.Span.Start, syntax.Unit.Span.End)),
                $"'{fact.Name}' (in {fact.Unit.Value.ToString().ToLowerInvariant()})", literal, FamilyName(factUnit.Family), FamilyName(literal.Family));
            return null;
        }
        return new BoundFactCompare(fact, comparison, BaseUnits(factUnit), BaseUnits(literal));
    }

    /// <summary>A duration in the smallest unit of its family (minutes, days or months), which makes
    /// comparisons within a family exact.</summary>
    internal static long BaseUnits(LegalDuration duration) => duration.Unit switch
    {
        DurationUnit.Hours => duration.Amount * 60L,
        DurationUnit.Weeks => duration.Amount * 7L,
        DurationUnit.Minutes or DurationUnit.Days or DurationUnit.Months => duration.Amount,
    };

    private static string FamilyName(DurationFamily family) => family switch
    {
        DurationFamily.Exact => "hours and minutes",
        DurationFamily.CalendarDays => "calendar days",
        DurationFamily.CalendarMonths => "calendar months",
    };

    private FactSymbol? FindFact(CaseSymbol @case, SyntaxToken name)
    {
        if (FactNamed(@case, name.Text) is { } fact)
        {
            Referenced(name, fact);
            return fact;
        }
        if (EventNamed(@case, name.Text) is { } @event)
        {
            Referenced(name, @event);
            Report(DiagnosticCatalogue.EventUsedAsFact, At(name), null,
                [new TextFix($"Change to '{name.Text} occurred'", At(name), $"{name.Text} occurred")], name.Text);
            return null;
        }
        ReportUnknown(DiagnosticCatalogue.UnknownFact, name, @case.Facts.Select(f => f.Name).Concat(@case.Events.Select(e => e.Name)),
            hint => [@case.Name, name.Text, hint]);
        return null;
    }

    private EventSymbol? FindEvent(CaseSymbol @case, SyntaxToken name)
    {
        if (EventNamed(@case, name.Text) is { } @event)
        {
            Referenced(name, @event);
            return @event;
        }
        ReportUnknown(DiagnosticCatalogue.UnknownEvent, name, @case.Events.Select(e => e.Name), hint => [@case.Name, name.Text, hint]);
        return null;
    }
}
