using System.Text;
using Safeguards.Language.Diagnostics;
using Safeguards.Language.Semantics;

namespace Safeguards.Language.Tests;

/// <summary>The binder's name lookups by dictionary (they replaced list searches that made binding
/// quadratic; the growth itself is measured by bench/Safeguards.Bench.Check, "attributes"): on an event
/// with many attributes the first declaration of a name wins, every duplicate is reported once, and a
/// filter finds the attribute and the value it names.</summary>
public sealed class BinderLookupTests
{
    private static string Pack(int attributes, string extra = "", string filter = "")
    {
        var text = new StringBuilder("""
            pack t.lookups "Lookups"
              jurisdiction KZ
              time zone "Asia/Almaty"

            source LAW "A law"
            article LAW 1 "An article"

            case arrest "An arrest"
              event apprehended "apprehended" required
              event complaint "a complaint"
                with
            """);
        for (var i = 0; i < attributes; i++) text.Append(i == 0 ? " " : ",\n      ").Append('a').Append(i).Append(": y | n | v").Append(i);
        text.Append(extra).Append($"""


            safeguard T-1 "Complaints answered"
              cites LAW article 1
              applies to arrest
              requires complaint where {filter} within 3 days after apprehended

            """);
        return text.ToString();
    }

    [Fact]
    public void A_filter_on_the_last_of_20000_attributes_binds_to_it_and_its_value()
    {
        var compilation = Compilation.FromText("t.sg", Pack(20_000, filter: "a19999 is v19999"));
        compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var complaint = compilation.Packs.Single(p => p.Name == "t.lookups").Cases.Single().Events.Single(e => e.Name == "complaint");
        complaint.Attributes.Count.ShouldBe(20_000);
        complaint.Attributes[^1].Name.ShouldBe("a19999");
        complaint.Attributes[^1].Index.ShouldBe(19_999);
        var last = complaint.Attributes[^1];
        compilation.References.ShouldContain(r => !r.IsDeclaration && r.Symbol == last);
    }

    [Fact]
    public void Every_duplicate_attribute_is_reported_once_and_the_first_declaration_wins()
    {
        var duplicates = string.Concat(Enumerable.Range(0, 500).Select(i => $",\n      a{i}: maybe"));
        var compilation = Compilation.FromText("t.sg", Pack(1_000, extra: duplicates, filter: "a0 is y"));
        var reported = compilation.Diagnostics.Where(d => d.Descriptor == DiagnosticCatalogue.DuplicateDeclaration).ToList();
        reported.Count.ShouldBe(500);
        reported.Select(d => d.Location.Span.Start).Distinct().Count().ShouldBe(500);
        var complaint = compilation.Packs.Single(p => p.Name == "t.lookups").Cases.Single().Events.Single(e => e.Name == "complaint");
        complaint.Attributes.Count.ShouldBe(1_000);
        complaint.Attributes[0].Values.ShouldBe(["y", "n", "v0"]);
    }

    [Fact]
    public void An_unknown_attribute_or_value_is_still_reported()
    {
        Compilation.FromText("t.sg", Pack(100, filter: "a100 is y")).Diagnostics
            .ShouldContain(d => d.Descriptor == DiagnosticCatalogue.UnknownAttribute);
        Compilation.FromText("t.sg", Pack(100, filter: "a99 is v98")).Diagnostics
            .ShouldContain(d => d.Descriptor == DiagnosticCatalogue.UnknownValue);
    }
}
