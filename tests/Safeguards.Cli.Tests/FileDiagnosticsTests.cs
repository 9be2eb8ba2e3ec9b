using System.Text.Json;

namespace Safeguards.Cli.Tests;

/// <summary>Issue #12: problems with files (missing, binary, not UTF-8, a folder without rules) carry a code from the
/// diagnostics catalogue like every other problem, in text output and in SARIF.</summary>
public sealed class FileDiagnosticsTests
{
    [Theory]
    [InlineData("missing", "SG0001")]
    [InlineData("binary", "SG0002")]
    [InlineData("latin1", "SG0003")]
    [InlineData("empty-folder", "SG0004")]
    public void Each_file_problem_has_its_code_in_text_and_sarif(string kind, string code)
    {
        using var temp = new TempFolder();
        var path = kind switch
        {
            "missing" => Path.Combine(temp.Path, "nowhere.sg"),
            "binary" => temp.WriteBytes("image.sg", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]),
            "latin1" => temp.WriteBytes("latin1.sg", [.. "pack a.b \"Caf"u8.ToArray(), 0xE9, (byte)'"']),
            _ => Path.Combine(temp.Path, "empty"),
        };
        if (kind == "empty-folder") Directory.CreateDirectory(path);

        var text = Cli.Run("check", path);
        text.ExitCode.ShouldBe(2);
        text.ShouldHaveNoStackTrace();
        text.ErrorLines.ShouldHaveSingleItem().ShouldContain($": error {code}: ");

        var sarifFile = Path.Combine(temp.Path, "out.sarif");
        var sarif = Cli.Run("check", path, "--format", "sarif", "-o", sarifFile);
        sarif.ExitCode.ShouldBe(2);
        using var document = JsonDocument.Parse(File.ReadAllText(sarifFile));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("ruleId").GetString()).ShouldContain(code);
    }
}
