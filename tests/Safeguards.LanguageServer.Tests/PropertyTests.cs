namespace Safeguards.LanguageServer.Tests;

/// <summary>Random edit sequences, as a typing, pasting and deleting user makes them, on real rule files:
/// the server never fails and its copy of the document stays equal to the client's.</summary>
public sealed class PropertyTests : ServerTest
{
    private const string Typed = "abcdefghijklmnopqrstuvwxyz \n\"|:().-0123456789_/";

    [Fact]
    public async Task Random_edits_never_crash_the_server_or_desynchronise_it()
    {
        var files = Directory.GetFiles(Path.Combine(Repo.Root, "rules", "kz"), "*.sg").Order().ToArray();
        var fragments = files.SelectMany(f => File.ReadAllText(f).Split("\n\n")).Where(f => f.Length is > 0 and < 400).ToArray();
        var random = new Random(20251123);
        const int sequences = 2000;
        var edits = 0;
        for (var sequence = 0; sequence < sequences; sequence++)
        {
            var uri = Repo.Uri(Path.Combine(Folder, "rules", $"prop{sequence % 5}.sg"));
            var text = File.ReadAllText(files[random.Next(files.Length)]);
            var version = 1;
            if (sequence < 5) await Client.OpenAsync(uri, text, version);
            else await Client.ChangeAsync(uri, version = sequence * 100, new { text });

            var steps = random.Next(1, 8);
            for (var step = 0; step < steps; step++)
            {
                var lines = text.Split('\n');
                int Offset(int line, int character) => lines.Take(line).Sum(l => l.Length + 1) + character;
                var startLine = random.Next(lines.Length);
                var startCharacter = random.Next(lines[startLine].Length + 1);
                int endLine = startLine, endCharacter = startCharacter;
                string insert;
                switch (random.Next(4))
                {
                    case 0: // type a character
                        insert = Typed[random.Next(Typed.Length)].ToString();
                        break;
                    case 1: // paste a fragment of a rule file
                        insert = fragments[random.Next(fragments.Length)];
                        break;
                    case 2: // delete a selection
                        endLine = Math.Min(lines.Length - 1, startLine + random.Next(3));
                        endCharacter = endLine == startLine
                            ? Math.Min(lines[endLine].Length, startCharacter + random.Next(20))
                            : random.Next(lines[endLine].Length + 1);
                        insert = "";
                        break;
                    default: // replace a selection with a keyword
                        endCharacter = Math.Min(lines[startLine].Length, startCharacter + random.Next(8));
                        insert = new[] { "safeguard ", "requires ", "cites ", "\"\"\"", "within 3 days after ", "//", "article " }[random.Next(7)];
                        break;
                }
                var start = Offset(startLine, startCharacter);
                var end = Offset(endLine, endCharacter);
                text = string.Concat(text.AsSpan(0, start), insert, text.AsSpan(end));
                await Client.ChangeAsync(uri, ++version, LspClient.Replace(startLine, startCharacter, endLine, endCharacter, insert));
                edits++;
            }

            // Ask for something that needs the compilation at a random place, as an editor would while typing.
            var finalLines = text.Split('\n');
            var line = random.Next(finalLines.Length);
            var position = new { line, character = random.Next(finalLines[line].Length + 1) };
            var method = new[] { "textDocument/completion", "textDocument/hover", "textDocument/documentSymbol", "textDocument/semanticTokens/full",
                "textDocument/foldingRange", "textDocument/formatting", "textDocument/codeAction" }[sequence % 7];
            object parameters = method switch
            {
                "textDocument/completion" or "textDocument/hover" => new { textDocument = new { uri }, position },
                "textDocument/formatting" => new { textDocument = new { uri }, options = new { tabSize = 2, insertSpaces = true } },
                "textDocument/codeAction" => new { textDocument = new { uri }, range = new { start = position, end = position }, context = new { diagnostics = Array.Empty<object>() } },
                _ => new { textDocument = new { uri } },
            };
            await Client.RequestAsync(method, parameters);

            var server = await Client.RequestAsync("safeguards/documentText", new { textDocument = new { uri } });
            server.GetProperty("version").GetInt32().ShouldBe(version);
            server.GetProperty("text").GetString().ShouldBe(text, $"sequence {sequence}");
        }
        edits.ShouldBeGreaterThan(sequences);
    }
}
