using System.Text;

namespace Safeguards.LanguageServer.Tests;

/// <summary>Fuzz target for the framing layer, against the real process: random malformed frames
/// (mutated headers, mutated, truncated or random bodies, deep nesting, wrong JSON-RPC shapes), each
/// followed by a valid request that must get its answer; the server never exits and no error it sends
/// carries exception details. 400 frames per run in CI (seeded); <c>SAFEGUARDS_FUZZ_SCALE</c> multiplies.
/// A frame claiming more bytes than it has is left out: no framing can tell it from a slow client,
/// except when its body is complete JSON (the fixed cases in MalformedFrameTests cover that).</summary>
public sealed class FrameFuzzTests
{
    private static readonly string[] Bodies =
    [
        """{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///tmp/f.sg"},"position":{"line":0,"character":1}}}""",
        """{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/f.sg","languageId":"safeguards","version":1,"text":"pack p\nlet a = 3 hours\n"}}}""",
        """{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///tmp/f.sg","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":4},"end":{"line":1,"character":5}},"text":"b\ud800"}]}}""",
        """{"jsonrpc":"2.0","id":"s","method":"workspace/symbol","params":{"query":"a"}}""",
        """{"jsonrpc":"2.0","id":9,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///tmp/f.sg"},"position":{"line":1,"character":99}}}""",
        """{"jsonrpc":"2.0","id":10,"method":"textDocument/rename","params":{"textDocument":{"uri":"file:///tmp/f.sg"},"position":{"line":1,"character":4},"newName":"c"}}""",
        """{"jsonrpc":"2.0","id":11,"result":null}""",
        """{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":7}}""",
    ];

    private const string Printable = "{}[]\":,0123456789-.eE\\u tfnrl abc\r\n";

    private static byte[] RandomFrame(Random random)
    {
        var body = Encoding.UTF8.GetBytes(Bodies[random.Next(Bodies.Length)]);
        switch (random.Next(6))
        {
            case 0: // flip, insert or delete bytes
                var list = body.ToList();
                for (var i = random.Next(1, 6); i > 0 && list.Count > 0; i--)
                {
                    var at = random.Next(list.Count);
                    switch (random.Next(3))
                    {
                        case 0: list[at] = (byte)Printable[random.Next(Printable.Length)]; break;
                        case 1: list.Insert(at, (byte)Printable[random.Next(Printable.Length)]); break;
                        default: list.RemoveAt(at); break;
                    }
                }
                body = [.. list];
                break;
            case 1: // truncated
                body = body[..random.Next(body.Length)];
                break;
            case 2: // random bytes
                body = new byte[random.Next(0, 200)];
                random.NextBytes(body);
                break;
            case 3: // deep nesting
                var depth = random.Next(50, 5000);
                body = Encoding.UTF8.GetBytes($$"""{"jsonrpc":"2.0","id":12,"method":"textDocument/hover","params":{{new string('[', depth)}}{{new string(']', depth)}}}""");
                break;
            case 4: // a wrong JSON-RPC shape
                body = Encoding.UTF8.GetBytes(new[] { "[]", "true", "\"x\"", "{}", """{"jsonrpc":"1.0","id":1,"method":"x"}""", """{"id":[],"method":"x"}""",
                    """{"jsonrpc":"2.0","id":1,"method":5}""", """{"jsonrpc":"2.0","id":1.5,"method":"x"}""", """{"jsonrpc":"2.0","error":{}}""" }[random.Next(9)]);
                break;
            default: // the body as it is, the header mutated below
                break;
        }
        var header = random.Next(8) switch
        {
            0 => $"content-length: {body.Length}\r\n\r\n",
            1 => $"Content-Length: {body.Length}\n\n",
            2 => $"Content-Length: {random.Next(0, body.Length + 1)}\r\n\r\n", // shorter: the rest is skipped as garbage
            3 => "Content-Length: -1\r\n\r\n",
            4 => "Content-Length: 1e3\r\n\r\n",
            5 => $"Content-Type: x\r\nContent-Length: {body.Length}\r\nX-Other: y\r\n\r\n",
            6 => "\r\n\r\n",
            _ => $"Content-Length: {body.Length}\r\n\r\n",
        };
        return [.. Encoding.ASCII.GetBytes(header), .. body];
    }

    [Fact]
    public async Task Random_malformed_frames_never_stop_the_server_from_answering()
    {
        var seed = FuzzBudget.Seed(31_337);
        var random = new Random(seed);
        var frames = FuzzBudget.Count(400);
        await using var server = await ServerProcess.StartInitializedAsync();
        for (var n = 0; n < frames; n++)
        {
            var frame = RandomFrame(random);
            await server.SendRawAsync(frame);
            var id = 1_000_000 + n;
            await server.SendAsync("""{"jsonrpc":"2.0","id":""" + id + ""","method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///tmp/none.sg"}}}""");
            try
            {
                (await server.ResponseAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture))).TryGetProperty("result", out _).ShouldBeTrue();
            }
            catch (TimeoutException e)
            {
                Assert.Fail($"seed {seed}, frame {n}: no answer after {Convert.ToBase64String(frame)} (base64): {e.Message}");
            }
        }
        server.HasExited.ShouldBeFalse();
        server.Messages.Where(m => m.TryGetProperty("error", out var error) && error.TryGetProperty("data", out _)).ShouldBeEmpty();
    }
}
