namespace Safeguards.LanguageServer.Tests;

/// <summary>Rename refuses a name that is already in use in the renamed declaration's scope (it used to
/// return edits that left two declarations with one name, or references bound to the other one).</summary>
public sealed class RenameConflictTests : ServerTest
{
    private async Task<string> RefusalAsync(string find, string newName, int delta = 1)
    {
        var position = await OpenMarkedAsync(MarkIn(Pack, find, delta: delta));
        var error = await Should.ThrowAsync<StreamJsonRpc.RemoteInvocationException>(
            () => Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position, newName }));
        error.ErrorCode.ShouldBe(-32803); // RequestFailed
        return error.Message;
    }

    [Theory]
    [InlineData("event registered", "apprehended")] // another event of the case
    [InlineData("event registered", "kind")] // a fact of the case: conditions name either
    [InlineData("fact age", "complaint")]
    [InlineData("let limit", "limit")] // unchanged: allowed, see below
    [InlineData("safeguard MY-REG", "MY-REPLY")]
    [InlineData("safeguard MY-REG", "DET-REG-3H")] // a safeguard of another pack: ids are global
    public async Task A_name_already_in_use_is_refused(string declaration, string taken)
    {
        var name = declaration.Split(' ')[1];
        if (name == taken)
        {
            var position = await OpenMarkedAsync(MarkIn(Pack, declaration, delta: declaration.Length - name.Length + 1));
            var edit = await Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position, newName = taken });
            edit.GetProperty("changes").EnumerateObject().ShouldNotBeEmpty();
            return;
        }
        var message = await RefusalAsync(declaration, taken, delta: declaration.Length - name.Length + 1);
        message.ShouldContain($"'{taken}' is already the name of a");
    }

    [Fact]
    public async Task A_source_cannot_take_the_name_of_another_source_its_packs_see()
    {
        var message = await RefusalAsync("CPC_OLD", "CPC_2014");
        message.ShouldContain("'CPC_2014' is already the name of a source (line ");
    }

    [Fact]
    public async Task A_free_name_is_still_accepted()
    {
        var position = await OpenMarkedAsync(MarkIn(Pack, "event registered", delta: "event ".Length + 1));
        var edit = await Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position, newName = "recorded" });
        edit.GetProperty("changes").GetProperty(Uri).GetArrayLength().ShouldBe(2); // the declaration and "registered within limit"
    }
}
