using Safeguards.Language.Formatting;
using Safeguards.Language.Syntax;

namespace Safeguards.LanguageServer.Tests;

/// <summary>The shared formatter on the real rule files: idempotent, and never changes a token.</summary>
public sealed class FormatterTests
{
    public static TheoryData<string> RuleFiles() => new(Directory.GetFiles(Path.Combine(Repo.Root, "rules", "kz"), "*.sg").Order());

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Formatting_is_idempotent_and_keeps_every_token(string file)
    {
        var text = File.ReadAllText(file);
        var once = Formatter.Format(text);
        Formatter.Format(once).ShouldBe(once);
        Tokens(once).ShouldBe(Tokens(text));
    }

    [Fact]
    public void A_declaration_with_a_syntax_error_is_kept_verbatim_and_crlf_and_bom_survive()
    {
        var text = "\uFEFFpack   kz.x \"t\"\r\nsafeguard BROKEN   \"t\"\r\n     requires (((  within\r\n\r\n\r\n  let   a = 3 hours\r\n";
        var formatted = Formatter.Format(text);
        formatted.ShouldBe("\uFEFFpack kz.x \"t\"\r\nsafeguard BROKEN   \"t\"\r\n     requires (((  within\r\n\r\nlet a = 3 hours\r\n");
        Formatter.Format(formatted).ShouldBe(formatted);
    }

    private static List<string> Tokens(string text) =>
        SyntaxTree.Parse("x.sg", text).Root.DescendantTokens().Select(t => $"{t.Kind}:{t.Text}").ToList();
}
