using Safeguards.Language.Diagnostics;
using Safeguards.Language.Syntax;
using Safeguards.Runtime.CompilerServices;
using Safeguards.Runtime;

namespace Safeguards.Language.Semantics;

internal sealed partial class Binder
{
    private readonly Dictionary<PackSymbol, (SyntaxTree Tree, SyntaxToken Token)> timeZoneTokens = new(ReferenceEqualityComparer.Instance);

    private void DeclarePacks()
    {
        foreach (var file in trees)
        {
            tree = file;
            var declaration = file.Root.Declarations.OfType<PackDeclarationSyntax>().FirstOrDefault(d => d.Name is not null);
            var name = declaration?.Name?.Name ?? $"<{Path.GetFileName(file.Source.Path)}>";
            if (!packs.TryGetValue(name, out var pack))
            {
                pack = new PackSymbol(name, declaration?.Name is null ? null : At(declaration.Name));
                packs.Add(name, pack);
            }
            files.Add((file, pack));
            if (declaration is null) continue;
            Declared(declaration.Name!.Parts.Items[^1], pack);
            ApplyPackSettings(pack, declaration);
        }
    }

    private void ApplyPackSettings(PackSymbol pack, PackDeclarationSyntax declaration)
    {
        CheckSingleClauses(declaration, pack.Name, SyntaxKind.JurisdictionKeyword, SyntaxKind.TimeKeyword, SyntaxKind.RoundKeyword);
        if (declaration.Title is { } title) pack.Title ??= Text(title);
        foreach (var clause in declaration.Clauses)
        {
            switch (clause)
            {
                case WordClauseSyntax { Keyword.Kind: SyntaxKind.JurisdictionKeyword } jurisdiction:
                    CheckJurisdiction(jurisdiction.Value);
                    pack.Jurisdiction = Merge(pack, "jurisdiction", pack.Jurisdiction, jurisdiction.Value.Text, jurisdiction.Value);
                    break;
                case TimeZoneClauseSyntax zone:
                    var id = Text(zone.Zone);
                    pack.TimeZoneId = Merge(pack, "time zone", pack.TimeZoneId, id, zone.Zone);
                    timeZoneTokens.TryAdd(pack, (tree, zone.Zone));
                    break;
                case RoundingClauseSyntax rounding:
                    var direction = LanguageFacts.ValueOf(LanguageFacts.RoundingKeywords, rounding.Direction);
                    pack.MonthRounding = pack.MonthRounding != MonthRounding.None && pack.MonthRounding != direction
                        ? Conflict(pack, "month rounding", rounding.Direction, pack.MonthRounding)
                        : direction;
                    break;
            }
        }
    }

    private void CheckJurisdiction(SyntaxToken code)
    {
        if (code.Text.Length == 0 || Jurisdictions.IsValid(code.Text)) return;
        var suggestion = Jurisdictions.Suggest(code.Text);
        Report(DiagnosticCatalogue.UnknownJurisdiction, At(code), null,
            suggestion is null ? null : [new TextFix($"Change to '{suggestion}'", At(code), suggestion)],
            code.Text, string.Join(", ", Jurisdictions.InternationalBodies), NameSuggestions.DidYouMean(suggestion));
    }

    private string Merge(PackSymbol pack, string setting, string? existing, string value, SyntaxToken token)
    {
        if (existing is not null && existing != value) Report(DiagnosticCatalogue.ConflictingPackSettings, At(token), pack.Name, setting);
        return existing ?? value;
    }

    private MonthRounding Conflict(PackSymbol pack, string setting, SyntaxToken token, MonthRounding existing)
    {
        Report(DiagnosticCatalogue.ConflictingPackSettings, At(token), pack.Name, setting);
        return existing;
    }

    private void ResolveImports()
    {
        foreach (var (file, pack) in files)
        {
            tree = file;
            foreach (var import in file.Root.Declarations.OfType<ImportDeclarationSyntax>())
            {
                if (import.Name is null) continue;
                var lastPart = import.Name.Parts.Items[^1];
                if (packs.TryGetValue(import.Name.Name, out var imported) && imported != pack)
                {
                    if (!pack.Imports.Contains(imported)) pack.Imports.Add(imported);
                    Referenced(lastPart, imported);
                    continue;
                }
                var suggestion = NameSuggestions.Closest(import.Name.Name, packs.Keys.Where(k => k != pack.Name));
                Report(DiagnosticCatalogue.UnknownImport, At(import.Name), import.Name.Name, NameSuggestions.DidYouMean(suggestion));
            }
        }
    }

    private void DeclareMembers(PackSymbol pack)
    {
        foreach (var declaration in tree.Root.Declarations)
        {
            switch (declaration)
            {
                case SourceDeclarationSyntax { Name: { } name } source:
                    DeclareSource(pack, source, name);
                    break;
                case CaseDeclarationSyntax { Name: { } name } @case:
                    DeclareCase(pack, @case, name);
                    break;
                case ConstantDeclarationSyntax { Name: { } name, Instant: { } instant }:
                {
                    // Bound where it is used: a named instant names events of the case of each safeguard that uses it.
                    var named = new InstantSymbol(name.Text, At(name), pack, instant);
                    pack.Instants.Add(named);
                    Declared(name, named);
                    break;
                }
                case ConstantDeclarationSyntax { Name: { } name, Value: { } value }:
                    if (BindDurationLiteral(value) is { } duration)
                    {
                        var constant = new ConstantSymbol(name.Text, At(name), pack, duration);
                        pack.Constants.Add(constant);
                        Declared(name, constant);
                    }
                    break;
                case CalendarDeclarationSyntax { Name: { } name } calendar:
                    DeclareCalendar(pack, calendar, name);
                    break;
                case SafeguardDeclarationSyntax { Id: { } id } safeguard:
                    var symbol = new SafeguardSymbol(id.Text, At(id), pack, safeguard);
                    pack.Safeguards.Add(symbol);
                    Declared(id, symbol);
                    break;
            }
        }
    }

    private void DeclareSource(PackSymbol pack, SourceDeclarationSyntax declaration, SyntaxToken name)
    {
        var source = new SourceSymbol(name.Text, At(name), pack) { Title = declaration.Title is null ? name.Text : Text(declaration.Title) };
        CheckSingleClauses(declaration, name.Text, SyntaxKind.StatusKeyword, SyntaxKind.InKeyword, SyntaxKind.DecidedKeyword);
        foreach (var clause in declaration.Clauses)
        {
            if (clause is WordClauseSyntax { Keyword.Kind: SyntaxKind.StatusKeyword } status) source.Status = StatusOf(status.Value);
            if (clause is InForceClauseSyntax inForce) source.InForce = Period(inForce);
            if (clause is JudgmentClauseSyntax judgment) (source.Court, source.Decided) = (Text(judgment.Court), ParseDate(judgment.Date));
        }
        pack.Sources.Add(source);
        Declared(name, source);
    }

    private static LegalStatus StatusOf(SyntaxToken token) => LanguageFacts.ValueOf(LanguageFacts.StatusKeywords, token);

    private void DeclareCase(PackSymbol pack, CaseDeclarationSyntax declaration, SyntaxToken name)
    {
        var @case = new CaseSymbol(name.Text, At(name), pack) { Title = declaration.Title is null ? null : Text(declaration.Title) };
        pack.Cases.Add(@case);
        Declared(name, @case);
        var seen = new Dictionary<string, SyntaxToken>(StringComparer.Ordinal);

        bool IsNew(SyntaxToken token)
        {
            if (seen.TryGetValue(token.Text, out var first))
            {
                Report(DiagnosticCatalogue.DuplicateDeclaration, At(token), [new RelatedLocation(At(first), "first declared here")], null,
                    "event or fact", token.Text);
                return false;
            }
            seen.Add(token.Text, token);
            return true;
        }

        var refersTo = new List<(EventSymbol Event, RefersModifierSyntax Modifier)>();
        foreach (var clause in declaration.Clauses)
        {
            if (clause is EventClauseSyntax eventClause && IsNew(eventClause.Name))
            {
                var @event = new EventSymbol(eventClause.Name.Text, At(eventClause.Name), @case, @case.Events.Count)
                {
                    Description = eventClause.Description is null ? null : Text(eventClause.Description),
                };
                AddEvent(@case, @event);
                Declared(eventClause.Name, @event);
                foreach (var modifier in eventClause.Modifiers)
                {
                    switch (modifier)
                    {
                        case RequiredModifierSyntax: @event.Required = true; break;
                        case RefersModifierSyntax refers: refersTo.Add((@event, refers)); break;
                        case WithModifierSyntax with: DeclareAttributes(@event, with); break;
                    }
                }
            }
            else if (clause is FactClauseSyntax factClause && IsNew(factClause.Name))
            {
                var fact = new FactSymbol(factClause.Name.Text, At(factClause.Name), @case, @case.Facts.Count)
                {
                    Description = factClause.Description is null ? null : Text(factClause.Description),
                };
                SetFactType(fact, factClause.Type);
                AddFact(@case, fact);
                Declared(factClause.Name, fact);
            }
        }

        // Resolved after all events are declared: an answer may be declared before what it answers.
        foreach (var (@event, modifier) in refersTo)
        {
            if (EventNamed(@case, modifier.Target.Text) is { } target)
            {
                @event.RefersTo = target;
                Referenced(modifier.Target, target, countsAsUse: false);
            }
            else
            {
                ReportUnknown(DiagnosticCatalogue.UnknownEvent, modifier.Target, @case.Events.Select(e => e.Name),
                    hint => [@case.Name, modifier.Target.Text, hint]);
            }
        }
    }

    private void DeclareAttributes(EventSymbol @event, WithModifierSyntax with)
    {
        foreach (var attribute in with.Attributes.Items)
        {
            if (HasAttribute(@event, attribute.Name.Text))
            {
                Report(DiagnosticCatalogue.DuplicateDeclaration, At(attribute.Name), "attribute", attribute.Name.Text);
                continue;
            }
            var symbol = new AttributeSymbol(attribute.Name.Text, At(attribute.Name), @event, @event.Attributes.Count,
                [.. attribute.Values.Items.Select(v => v.Text).Distinct()]);
            TryAddAttribute(@event, symbol);
            Declared(attribute.Name, symbol);
        }
    }

    private static void SetFactType(FactSymbol fact, FactTypeSyntax type)
    {
        if (type.Values is { } values)
        {
            fact.Type = FactType.Enumeration;
            fact.Values = [.. values.Items.Select(v => v.Text).Distinct()];
            return;
        }
        (fact.Type, fact.Unit) = type.Keyword!.Kind switch
        {
            SyntaxKind.BooleanKeyword => (FactType.Boolean, (DurationUnit?)null),
            SyntaxKind.NumberKeyword => (FactType.Number, null),
            SyntaxKind.TextKeyword => (FactType.Text, null),
            SyntaxKind.DateKeyword => (FactType.Date, null),
            _ => (FactType.Number, UnitOf(type.Keyword!)),
        };
    }

    /// <summary>The unit of a token the grammar admitted as a unit.</summary>
    internal static DurationUnit UnitOf(SyntaxToken unit) => LanguageFacts.UnitOf(unit.Kind)
        ?? throw new InvalidOperationException($"'{unit.Text}' ({unit.Kind}) is not a duration unit; the grammar admits only those.");

    private LegalDuration? BindDurationLiteral(DurationSyntax syntax)
    {
        if (syntax.Unit is null)
        {
            Report(DiagnosticCatalogue.NotADuration, At(syntax.NumberOrName), syntax.NumberOrName.Text);
            return null;
        }
        // A deadline's own period counts working days through BindWorkingDayCount; everywhere else they have no meaning.
        if (syntax.CountsWorkingDays)
        {
            Report(DiagnosticCatalogue.WorkingDaysOutOfPlace, At(syntax), string.Join(' ', syntax.DescendantTokens().Select(t => t.Text)));
            return null;
        }
        var parts = new List<LegalDuration>(syntax.Parts.Count);
        foreach (var part in syntax.Parts)
        {
            if (ParseNumber(part.Number) is not { } amount) return null;
            parts.Add(new LegalDuration(amount, UnitOf(part.Unit)));
        }
        var problem = CompoundDuration.TryCombine(parts, out var combined);
        if (problem == CompoundDurationProblem.None) return combined;
        Report(DiagnosticCatalogue.CompoundDurationWithoutReading, At(syntax), string.Join(' ', syntax.DescendantTokens().Select(t => t.Text)), problem switch
        {
            CompoundDurationProblem.OutOfOrder => "write each unit once, from the largest to the smallest ('1 day 12 hours')",
            CompoundDurationProblem.MonthsWithOtherUnits => "a month has no fixed number of days or hours; write months alone, or the whole period in days",
            CompoundDurationProblem.TooLong => "it is too long to count",
            _ => throw new InvalidOperationException($"no message for {problem}"),
        });
        return null;
    }

    /// <summary>Sources, cases and constants must be unique among the packs a pack can see; safeguard
    /// ids must be unique everywhere, since findings cite them.</summary>
    private void CheckDuplicatesAcrossPacks()
    {
        foreach (var pack in packs.Values)
        {
            ReportDuplicates(pack, Visible(pack).SelectMany(p => p.Sources));
            ReportDuplicates(pack, Visible(pack).SelectMany(p => p.Cases));
            ReportDuplicates(pack, Visible(pack).SelectMany(p => p.Constants));
        }
        foreach (var group in packs.Values.SelectMany(p => p.Safeguards).GroupBy(s => s.Name).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                ReportDuplicate(duplicate, group.First());
    }

    private void ReportDuplicates(PackSymbol pack, IEnumerable<Symbol> symbols)
    {
        foreach (var group in symbols.GroupBy(s => s.Name).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1).Where(d => d is SourceSymbol s ? s.Pack == pack : d is CaseSymbol c ? c.Pack == pack : ((ConstantSymbol)d).Pack == pack))
                ReportDuplicate(duplicate, first);
        }
    }

    private void ReportDuplicate(Symbol duplicate, Symbol first)
    {
        if (duplicate.Location is null) return;
        if (!reportedDuplicates.Add(duplicate.Location)) return; // a set: searching every diagnostic per duplicate was quadratic
        Add(new Diagnostic(DiagnosticCatalogue.DuplicateDeclaration, duplicate.Location, [duplicate.KindName, duplicate.Name],
            first.Location is null ? null : [new RelatedLocation(first.Location, "first declared here")]));
    }

    private void DeclareArticles(PackSymbol pack)
    {
        foreach (var declaration in tree.Root.Declarations.OfType<ArticleDeclarationSyntax>())
        {
            if (declaration.Source is not { } sourceToken || declaration.Number is not { } number) continue;
            var source = FindSource(pack, sourceToken);
            if (source is null) continue;
            if (ProvisionName(declaration.Designator, number) is not var (articleName, designation)) continue;
            if (source.Articles.TryGetValue(articleName, out var existing))
            {
                Report(DiagnosticCatalogue.DuplicateDeclaration, At(number),
                    existing.Location is null ? null : [new RelatedLocation(existing.Location, "first declared here")], null,
                    "article", $"{source.Name} {articleName}");
                continue;
            }
            var article = new ArticleSymbol(articleName, At(number), source) { InForce = source.InForce, Designation = designation };
            var texts = declaration.Texts.Select(t => (t.Kind, Value: Text(t))).ToList();
            if (texts.Count >= 2) (article.Title, article.Text) = (texts[0].Value, texts[1].Value);
            else if (texts.Count == 1 && texts[0].Kind == SyntaxKind.TripleString) article.Text = texts[0].Value;
            else if (texts.Count == 1) article.Title = texts[0].Value;

            foreach (var inForce in declaration.Clauses.OfType<InForceClauseSyntax>())
            {
                var own = Period(inForce);
                if (own.ConflictsWith(source.InForce))
                    Report(DiagnosticCatalogue.ArticleOutsideSource, At(inForce), articleName, own, source.Name, source.InForce);
                article.InForce = own.Intersect(source.InForce);
            }
            source.AddArticle(articleName, article);
            Declared(number, article);
        }
    }

    private SourceSymbol? FindSource(PackSymbol pack, SyntaxToken token, bool countsAsUse = false)
    {
        var source = Visible(pack).SelectMany(p => p.Sources).FirstOrDefault(s => s.Name == token.Text);
        if (source is not null)
        {
            Referenced(token, source, countsAsUse);
            return source;
        }
        ReportUnknown(DiagnosticCatalogue.UnknownName, token, Visible(pack).SelectMany(p => p.Sources).Select(s => s.Name),
            hint => ["source", token.Text, hint]);
        return null;
    }
}
