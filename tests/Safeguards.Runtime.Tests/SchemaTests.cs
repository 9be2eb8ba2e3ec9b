namespace Safeguards.Runtime.Tests;

public class SchemaTests
{
    [Fact]
    public void Lookups_by_name()
    {
        var pack = TestSchema.Detention();
        pack.Zone.Id.ShouldBe("Asia/Almaty");
        pack.FindCase("detention")!.Name.ShouldBe("detention");
        pack.IndexOfCase("complaint_case").ShouldBe(1);
        pack.FindCase("Detention").ShouldBeNull(); // names are case-sensitive

        var schema = pack.FindCase("detention")!;
        schema.FindEvent("reply")!.RefersToTypeIndex.ShouldBe(2);
        schema.FindEvent("apprehended")!.Required.ShouldBeTrue();
        schema.IndexOfEvent("nothing").ShouldBe(-1);
        schema.FindFact("kind")!.IndexOfValue("administrative").ShouldBe(1);
        schema.FindFact("kind")!.IndexOfValue("other").ShouldBe(-1);
        schema.FindEvent("complaint")!.FindAttribute("channel")!.IndexOfValue("procedural_complaint").ShouldBe(1);
        schema.FindEvent("complaint")!.IndexOfAttribute("mood").ShouldBe(-1);
    }

    [Fact]
    public void Inconsistent_schemas_are_rejected()
    {
        Should.Throw<ArgumentException>(() => new CaseSchema("c", [new EventType("a", 1, [], -1, false)], []));
        Should.Throw<ArgumentException>(() => new CaseSchema("c", [new EventType("a", 0, [], -1, false), new EventType("a", 1, [], -1, false)], []));
        Should.Throw<ArgumentException>(() => new CaseSchema("c", [new EventType("a", 0, [], 5, false)], []));
        Should.Throw<ArgumentException>(() => new AttributeDefinition("x", ["v", "v"]));
        Should.Throw<ArgumentException>(() => new CaseSchema("c", [], [new FactDefinition("f", 3, FactType.Text, [])]));
    }
}
