using Safeguards.Language.Diagnostics;

namespace Safeguards.Language.Semantics;

internal sealed partial class Binder
{
    private void CheckPacks()
    {
        foreach (var pack in packs.Values.Where(p => p.Location is not null))
        {
            if (pack.TimeZoneId is null)
            {
                Add(new Diagnostic(DiagnosticCatalogue.MissingTimeZone, pack.Location!, [pack.Name]));
                continue;
            }
            if (!IsKnownTimeZone(pack.TimeZoneId) && timeZoneTokens.TryGetValue(pack, out var zone))
                Add(new Diagnostic(DiagnosticCatalogue.UnknownTimeZone, new Location(zone.Tree.Source, zone.Token.Span), [pack.TimeZoneId]));
        }
    }

    private static bool IsKnownTimeZone(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        // A name such as "Asia" or "Asia/" is a folder of the zone database: .NET then throws
        // SecurityException (wrapping an access error) rather than TimeZoneNotFoundException.
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException
                                      or System.Security.SecurityException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Warns about sources, articles, cases, events, facts and constants no safeguard uses:
    /// in a legal pack an unused declaration is usually a rule someone meant to write.</summary>
    private void ReportUnused()
    {
        // A clause with a syntax error may be the one that uses a declaration; its names are lost with it, so
        // "never used" would be a false alarm (issue #12). The errors come first; the warnings return once they are fixed.
        if (trees.Any(t => t.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))) return;
        foreach (var pack in packs.Values)
        {
            foreach (var source in pack.Sources)
            {
                var anyArticleUsed = source.Articles.Values.Any(used.Contains);
                if (!used.Contains(source) && !anyArticleUsed) ReportUnused(source);
                foreach (var article in source.Articles.Values.Where(a => !used.Contains(a) && (used.Contains(source) || anyArticleUsed)))
                    ReportUnused(article);
            }
            foreach (var @case in pack.Cases)
            {
                if (!used.Contains(@case))
                {
                    ReportUnused(@case);
                    continue;
                }
                foreach (var @event in @case.Events.Where(e => !used.Contains(e))) ReportUnused(@event);
                foreach (var fact in @case.Facts.Where(f => !used.Contains(f))) ReportUnused(fact);
            }
            foreach (var constant in pack.Constants.Where(c => !used.Contains(c))) ReportUnused(constant);
        }
    }

    private void ReportUnused(Symbol symbol)
    {
        if (symbol.Location is { } location)
            Add(new Diagnostic(DiagnosticCatalogue.Unused, location, [symbol.KindName, symbol.Name]));
    }
}
