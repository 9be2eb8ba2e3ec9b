using System.Text.Json;

namespace Safeguards.LanguageServer.Tests;

/// <summary>A workspace with the kz packs and one pack of our own, and helpers to open it in a fresh server.</summary>
public abstract class ServerTest : IAsyncLifetime
{
    public const string Pack = """
        pack kz.mine "My pack"
          jurisdiction KZ
          time zone "Asia/Almaty"
          round months down

        import kz.sources

        case arrest "An arrest"
          event apprehended "the person is deprived of liberty" required
          event registered "the detention report is drawn up"
          event complaint "a complaint of torture" with channel: crime_report | procedural_complaint
          event reply "the prosecutor's answer" refers to complaint
          fact kind "criminal or administrative": criminal | administrative
          fact age: number

        let limit = 3 hours

        safeguard MY-REG "Report within three hours"
          cites CPC_OLD article 134.1
          applies to arrest when kind is criminal
          requires registered within limit after apprehended
          severity error

        safeguard MY-REPLY "Reply to each complaint within three days"
          cites CPC_OLD article 134.1
          applies to arrest when age is at least 18
          requires each reply within 3 days after each complaint where channel is procedural_complaint

        """;

    protected string Folder { get; } = Repo.Workspace();
    protected LspClient Client { get; private set; } = null!;
    protected string Uri => Repo.Uri(Path.Combine(Folder, "rules", "mine.sg"));

    public async Task InitializeAsync() => Client = await LspClient.StartAsync(Folder);

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Opens the marked text as a new document and returns the cursor position.</summary>
    protected async Task<object> OpenMarkedAsync(string marked, string? uri = null)
    {
        var (text, position) = Marked.Parse(marked);
        await Client.OpenAsync(uri ?? Uri, text);
        return position;
    }

    protected Task<JsonElement> AtAsync(string method, object position, string? uri = null) =>
        Client.RequestAsync(method, new { textDocument = new { uri = uri ?? Uri }, position });

    /// <summary>The pack with a cursor inserted where <paramref name="find"/> occurs (after it when <paramref name="after"/>).</summary>
    protected static string MarkIn(string text, string find, bool after = false, int delta = 0)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        if (index < 0) throw new ArgumentException($"'{find}' not found");
        index += (after ? find.Length : 0) + delta;
        return text.Insert(index, Marked.Marker);
    }
}
