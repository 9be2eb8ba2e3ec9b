using System.Text.Json;

namespace Safeguards.LanguageServer.Tests;

public sealed class EvaluateTests : ServerTest
{
    [Fact]
    public async Task Evaluates_the_pack_of_the_document_against_a_case_file()
    {
        var caseFile = Path.Combine(Folder, "case.json");
        File.WriteAllText(caseFile, """
            { "id": "c1", "schema": "arrest", "facts": { "kind": "criminal", "age": 30 },
              "events": [ { "type": "apprehended", "time": "2009-01-08T14:30:00+06:00" },
                          { "type": "registered", "time": "2009-01-08T19:00:00+06:00" } ] }
            """);
        await Client.OpenAsync(Uri, Pack);
        var result = await Client.RequestAsync("safeguards/evaluate", new
        {
            textDocument = new { uri = Uri },
            caseUri = Repo.Uri(caseFile),
            asOf = "2009-03-01T00:00:00+06:00",
        });
        var findings = result.GetProperty("findings").EnumerateArray().ToList();
        var registration = findings.Single(f => f.GetProperty("safeguardId").GetString() == "MY-REG");
        registration.GetProperty("outcome").GetString().ShouldBe("violated");
        registration.GetProperty("title").GetString().ShouldBe("Report within three hours");
        registration.GetProperty("severity").GetString().ShouldBe("error");
        registration.GetProperty("citations")[0].GetString()!.ShouldStartWith("CPC_OLD article 134.1");
        registration.GetProperty("explanation").GetString().ShouldNotBeNullOrWhiteSpace();
        Client.Log.ToString().ShouldNotContain("14:30");
    }

    [Fact]
    public async Task A_bad_case_file_is_an_error_not_a_crash()
    {
        var caseFile = Path.Combine(Folder, "bad.json");
        File.WriteAllText(caseFile, "{ \"id\": ");
        await Client.OpenAsync(Uri, Pack);
        var error = await Should.ThrowAsync<StreamJsonRpc.RemoteInvocationException>(() => Client.RequestAsync("safeguards/evaluate",
            new { textDocument = new { uri = Uri }, caseUri = Repo.Uri(caseFile) }));
        error.Message.ShouldContain("not valid");
    }

    [Theory]
    [InlineData("2009-03-01", "this is a whole day or month, not an instant")]
    [InlineData("2009-03-01T00:00:00", "time has no offset")]
    [InlineData("tomorrow", "expected an instant with an offset")]
    public async Task The_reference_time_is_read_as_the_command_line_reads_as_of(string asOf, string expected)
    {
        var caseFile = Path.Combine(Folder, "case.json");
        File.WriteAllText(caseFile, """
            { "id": "c1", "schema": "arrest", "facts": { "kind": "criminal", "age": 30 },
              "events": [ { "type": "apprehended", "time": "2009-01-08T14:30:00+06:00" } ] }
            """);
        await Client.OpenAsync(Uri, Pack);
        var error = await Should.ThrowAsync<StreamJsonRpc.RemoteInvocationException>(() => Client.RequestAsync("safeguards/evaluate",
            new { textDocument = new { uri = Uri }, caseUri = Repo.Uri(caseFile), asOf }));
        error.Message.ShouldContain(expected);
    }
}
