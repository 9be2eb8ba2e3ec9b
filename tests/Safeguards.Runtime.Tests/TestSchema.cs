namespace Safeguards.Runtime.Tests;

/// <summary>The detention schema of design.md, built as the compiler would emit it.</summary>
internal static class TestSchema
{
    public static PackSchema Detention()
    {
        EventType[] events =
        [
            new("apprehended", 0, [], -1, true),
            new("registered", 1, [], -1, false),
            new("complaint", 2, [new AttributeDefinition("channel", ["crime_report", "procedural_complaint"])], -1, false),
            new("reply", 3, [], 2, false),
            new("released", 4, [], -1, false),
        ];
        FactDefinition[] facts =
        [
            new("kind", 0, FactType.Enumeration, ["criminal", "administrative"]),
            new("alleges_torture", 1, FactType.Boolean, []),
            new("age", 2, FactType.Number, []),
            new("name", 3, FactType.Text, []),
            new("arrest_date", 4, FactType.Date, []),
        ];
        CaseSchema[] cases =
        [
            new("detention", events, facts),
            new("complaint_case", [new EventType("filed", 0, [], -1, true)], []),
        ];
        return new PackSchema("kz.detention", "Asia/Almaty", cases, MonthRounding.Down);
    }
}
