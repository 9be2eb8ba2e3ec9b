using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime;

namespace Safeguards.Language.Semantics;

internal sealed partial class Binder
{
    private void BindSafeguards(PackSymbol pack)
    {
        foreach (var safeguard in pack.Safeguards.Where(s => s.Location?.Source == tree.Source))
            BindSafeguard(pack, safeguard);
    }

    private void BindSafeguard(PackSymbol pack, SafeguardSymbol safeguard)
    {
        var errorsBefore = ErrorCount;
        var declaration = safeguard.Syntax;
        var id = declaration.Id!;
        safeguard.Title = declaration.Title is null ? safeguard.Name : Text(declaration.Title);
        CheckSingleClauses(declaration, safeguard.Name, SyntaxKind.AppliesKeyword, SyntaxKind.InKeyword, SyntaxKind.SeverityKeyword,
            SyntaxKind.StatusKeyword, SyntaxKind.CategoryKeyword, SyntaxKind.BecauseKeyword, SyntaxKind.MessageKeyword, SyntaxKind.SeedKeyword);

        Severity? severity = null;
        LegalStatus? status = null;
        foreach (var clause in declaration.Clauses)
        {
            switch (clause)
            {
                case CitesClauseSyntax cites:
                    BindCitation(pack, safeguard, cites);
                    break;
                case AppliesClauseSyntax applies when safeguard.Case is null:
                    safeguard.Case = FindCase(pack, applies.CaseName);
                    if (safeguard.Case is not null && applies.Condition is not null)
                        safeguard.Condition = BindCondition(safeguard.Case, applies.Condition);
                    break;
                case InForceClauseSyntax inForce:
                    safeguard.OwnPeriod = Period(inForce);
                    break;
                case WordClauseSyntax { Keyword.Kind: SyntaxKind.SeverityKeyword } word:
                    severity ??= LanguageFacts.ValueOf(LanguageFacts.SeverityKeywords, word.Value);
                    break;
                case WordClauseSyntax { Keyword.Kind: SyntaxKind.StatusKeyword } word:
                    status ??= StatusOf(word.Value);
                    break;
                case WordClauseSyntax { Keyword.Kind: SyntaxKind.CategoryKeyword } word:
                    safeguard.Category ??= word.Value.Text;
                    break;
                case TextClauseSyntax { Keyword.Kind: SyntaxKind.BecauseKeyword } text:
                    safeguard.Because ??= Text(text.Text);
                    break;
                case TextClauseSyntax { Keyword.Kind: SyntaxKind.MessageKeyword } text:
                    safeguard.MessageTemplate ??= Text(text.Text);
                    CheckPlaceholders(text.Text);
                    break;
                case TextClauseSyntax { Keyword.Kind: SyntaxKind.SeedKeyword } text:
                    safeguard.Seed ??= Text(text.Text);
                    break;
            }
        }

        foreach (var requires in declaration.Clauses.OfType<RequiresClauseSyntax>())
        {
            if (safeguard.Case is null)
            {
                if (declaration.Clauses.Any(c => c.Keyword.Kind == SyntaxKind.AppliesKeyword)) continue; // the unknown case or unreadable clause is already reported
                Report(DiagnosticCatalogue.EventOfAnotherCase, At(requires.Keyword), safeguard.Name);
                continue;
            }
            if (BindRequirement(pack, safeguard.Case, requires.Requirement) is { } requirement) safeguard.Requirements.Add(requirement);
        }

        safeguard.Status = status ?? safeguard.Citations.FirstOrDefault()?.Source.Status ?? LegalStatus.Binding;
        safeguard.Severity = severity ?? LegalStatuses.DefaultSeverity(safeguard.Status);
        CheckSafeguardCompleteness(safeguard, id, declaration);
        safeguard.IsComplete = ErrorCount == errorsBefore && safeguard.Case is not null && safeguard.Requirements.Count > 0
            && safeguard.Citations.Count > 0;
    }

    private void CheckSafeguardCompleteness(SafeguardSymbol safeguard, SyntaxToken id, SafeguardDeclarationSyntax declaration)
    {
        var hasClause = (SyntaxKind kind) => declaration.Clauses.Any(c => c.Keyword.Kind == kind);
        if (!hasClause(SyntaxKind.CitesKeyword))
            Report(DiagnosticCatalogue.MissingCitation, At(id), null,
                [new TextFix("Add a citation", new Location(tree.Source, new Safeguards.Language.Text.TextSpan(declaration.Span.End, 0)), "\n  cites SOURCE article NUMBER")],
                safeguard.Name);
        if (!hasClause(SyntaxKind.AppliesKeyword)) Report(DiagnosticCatalogue.MissingApplies, At(id), safeguard.Name);
        if (!hasClause(SyntaxKind.RequiresKeyword)) Report(DiagnosticCatalogue.MissingRequirement, At(id), safeguard.Name);

        var period = safeguard.OwnPeriod;
        foreach (var citation in safeguard.Citations) period = period.Intersect(citation.Period);
        safeguard.ApplicablePeriod = period;
        if (period.IsEmpty && !safeguard.OwnPeriod.IsEmpty)
        {
            var parts = safeguard.Citations.Select(c => $"{c} is in force {c.Period}").ToList();
            if (!safeguard.OwnPeriod.Equals(LegalPeriod.Always)) parts.Add($"the safeguard itself applies only {safeguard.OwnPeriod}");
            Report(DiagnosticCatalogue.NeverInForce, At(id),
                safeguard.Citations.Select(c => c.Article?.Location ?? c.Source.Location).OfType<Location>()
                    .Select(l => new RelatedLocation(l, "in force " + safeguard.Citations.First(c => (c.Article?.Location ?? c.Source.Location) == l).Period))
                    .ToList(),
                null, safeguard.Name, $"{string.Join(", but ", parts)}, and these periods never overlap");
        }
    }

    private void CheckPlaceholders(SyntaxToken token)
    {
        var text = token.Text;
        for (var start = text.IndexOf('{'); start >= 0; start = text.IndexOf('{', start + 1))
        {
            var end = text.IndexOf('}', start);
            if (end < 0) break;
            var name = text[(start + 1)..end];
            if (!LanguageFacts.MessagePlaceholders.Contains(name))
                Report(DiagnosticCatalogue.UnknownPlaceholder, new Location(tree.Source, new Safeguards.Language.Text.TextSpan(token.Span.Start + start, end - start + 1)),
                    name, string.Join(", ", LanguageFacts.MessagePlaceholders.Select(p => "{" + p + "}")));
        }
    }

    private void BindCitation(PackSymbol pack, SafeguardSymbol safeguard, CitesClauseSyntax cites)
    {
        var source = FindSource(pack, cites.Source, countsAsUse: true);
        if (source is null) return;
        ArticleSymbol? article = null;
        if (cites.Article is { } number)
        {
            if (ProvisionName(cites.Designator, number) is not var (name, _)) return;
            if (source.Articles.TryGetValue(name, out article))
            {
                Referenced(number, article);
            }
            else
            {
                ReportUnknown(DiagnosticCatalogue.UnknownArticle, number, source.Articles.Keys, hint => [source.Name, name, hint]);
                return;
            }
        }
        else
        {
            Report(DiagnosticCatalogue.CitationWithoutArticle, At(cites), safeguard.Name, source.Name);
        }
        safeguard.Citations.Add(new BoundCitation(source, article));
    }

    private CaseSymbol? FindCase(PackSymbol pack, SyntaxToken token)
    {
        var candidates = Visible(pack).SelectMany(p => p.Cases).ToList();
        if (candidates.FirstOrDefault(c => c.Name == token.Text) is { } @case)
        {
            Referenced(token, @case);
            return @case;
        }
        ReportUnknown(DiagnosticCatalogue.UnknownName, token, candidates.Select(c => c.Name), hint => ["case", token.Text, hint]);
        return null;
    }
}
