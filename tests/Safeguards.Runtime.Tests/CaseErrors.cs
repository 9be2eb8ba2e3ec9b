namespace Safeguards.Runtime.Tests;

/// <summary>The one way tests hold a record that cannot be read to its single error.</summary>
internal static class CaseErrors
{
    public static void ShouldBeSingleError(this CaseReader reader, string json, int line, string path, string message)
    {
        reader.ReadOne(json, "t.json", out var errors).ShouldBeNull();
        var error = errors.ShouldHaveSingleItem();
        error.ShouldSatisfyAllConditions(
            e => e.Message.ShouldBe(message),
            e => e.JsonPath.ShouldBe(path),
            e => e.Line.ShouldBe(line),
            e => e.File.ShouldBe("t.json"));
    }
}
