using System.Text;

namespace Safeguards.LanguageServer.Tests;

/// <summary>The server's copy of a document against the client's, through the protocol: random documents
/// with every kind of line ending, surrogate pairs and lone surrogates, random ranged edits (out-of-range
/// lines and characters included), the client applying each edit as LSP 3.17 says.</summary>
public sealed class SyncPropertyTests : ServerTest
{
    private static readonly string[] Pieces = ["ab", " ", "\n", "\r\n", "\r", "😀", "\uD83D", "é", "safeguard ", "\"\"\""];

    [Fact]
    public async Task Random_edits_on_documents_with_every_line_ending_keep_the_server_in_sync()
    {
        var seed = FuzzBudget.Seed(4_4_2026);
        var random = new Random(seed);
        var sequences = FuzzBudget.Count(150);
        string Piece() => Pieces[random.Next(Pieces.Length)];
        string RandomText(int max) => string.Concat(Enumerable.Range(0, random.Next(max + 1)).Select(_ => Piece()));
        for (var sequence = 0; sequence < sequences; sequence++)
        {
            var uri = Repo.Uri(Path.Combine(Folder, "rules", $"sync{sequence}.sg"));
            var text = RandomText(30);
            var version = 1;
            await Client.OpenAsync(uri, text, version);
            for (var step = 0; step < 8; step++)
            {
                var lines = text.Split(["\r\n", "\r", "\n"], StringSplitOptions.None).Length;
                var (sl, sc, el, ec) = (random.Next(-1, lines + 2), random.Next(-1, 40), random.Next(-1, lines + 2), random.Next(-1, 40));
                var insert = RandomText(3);
                text = DocumentModelPropertyTests.ReferenceApply(text, sl, sc, el, ec, insert);
                await Client.ChangeAsync(uri, ++version, LspClient.Replace(sl, sc, el, ec, insert));
            }
            var server = await Client.RequestAsync("safeguards/documentText", new { textDocument = new { uri } });
            server.GetProperty("version").GetInt32().ShouldBe(version, $"seed {seed}, sequence {sequence}");
            var raw = server.GetProperty("text").GetRawText();
            Server.AnyStringConverter.Unescape(Encoding.UTF8.GetBytes(raw[1..^1])).ShouldBe(text, $"seed {seed}, sequence {sequence}");
            await Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        }
    }
}
