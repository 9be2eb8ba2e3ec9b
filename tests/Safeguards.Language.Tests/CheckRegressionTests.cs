using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;

namespace Safeguards.Language.Tests;

/// <summary>Issue #12: warnings that mislead after a syntax error, and jurisdictions that are not codes.</summary>
public sealed class CheckRegressionTests
{
    private static string Pack(string jurisdiction) => $$"""
        pack t.p "A pack"
          jurisdiction {{jurisdiction}}
          time zone "Asia/Almaty"
        source LAW "A law"
        article LAW 1 "One"
        case det "A detention"
          event apprehended "apprehended"
          event registered "registered"
        safeguard REG "Registered within 3 hours"
          cites LAW article 1
          applies to det
          requires registered within 3 hours after apprehended
        """;

    private static IReadOnlyList<string> Codes(string text) => [.. Compilation.FromText("t.sg", text).Diagnostics.Select(d => d.Code)];

    [Fact]
    public void A_clause_with_a_syntax_error_does_not_make_its_names_unused()
    {
        // The broken requires clause names 'registered' and 'apprehended'; neither is "never used".
        var text = Pack("KZ").Replace("requires registered within 3 hours after apprehended", "requires registered within 3 hours after after apprehended");
        var codes = Codes(text);
        codes.ShouldContain(c => c.StartsWith("SG1", StringComparison.Ordinal));
        codes.ShouldNotContain(DiagnosticCatalogue.Unused.Code);
        // Without the syntax error an unused event is still reported.
        Codes(Pack("KZ").Replace("  event registered \"registered\"", "  event registered \"registered\"\n  event spare \"never named\""))
            .ShouldContain(DiagnosticCatalogue.Unused.Code);
    }

    [Theory]
    [InlineData("KZ")]
    [InlineData("DE")]
    [InlineData("US-CA")]
    [InlineData("DE-BY")]
    [InlineData("ECHR")]
    [InlineData("UN")]
    public void Jurisdiction_codes_that_a_reader_can_look_up_are_accepted(string code) =>
        Codes(Pack(code)).ShouldNotContain(DiagnosticCatalogue.UnknownJurisdiction.Code);

    [Theory]
    [InlineData("XX", null)]
    [InlineData("KAZ", null)]
    [InlineData("kz", "KZ")]
    [InlineData("ECHRR", "ECHR")]
    [InlineData("US-CALIF", null)]
    [InlineData("QQ-CA", null)]
    public void Other_jurisdictions_are_refused_with_a_suggestion(string code, string? suggestion)
    {
        var diagnostic = Compilation.FromText("t.sg", Pack(code)).Diagnostics.Single(d => d.Code == DiagnosticCatalogue.UnknownJurisdiction.Code);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        if (suggestion is null) diagnostic.Fixes.ShouldBeEmpty();
        else diagnostic.Fixes.ShouldHaveSingleItem().NewText.ShouldBe(suggestion);
    }

    [Fact]
    public void The_country_list_is_the_iso_3166_1_alpha_2_list() => Jurisdictions.CountryCount.ShouldBe(249);
}
