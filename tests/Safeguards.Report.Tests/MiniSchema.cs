using System.Text.Json;
using System.Text.RegularExpressions;

namespace Safeguards.Report.Tests;

/// <summary>
/// A small JSON Schema 2020-12 validator for the subset docs/schemas/eval-output.schema.json uses
/// (no schema library restores here): type (one or a list), const, enum, required, properties,
/// additionalProperties (false or a schema), items, oneOf (exactly one), anyOf (at least one), allOf, if/then/else, $ref to #/$defs/...,
/// pattern, minimum, minLength. Any other keyword in the schema is an error, so the subset cannot silently grow.
/// </summary>
public sealed class MiniSchema(JsonElement root)
{
    // enumDescriptions and patternErrorMessage: VS Code's annotations (completion, the message for a pattern).
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "enumDescriptions", "patternErrorMessage"];
    private static readonly HashSet<string> Supported =
        ["type", "const", "enum", "required", "properties", "additionalProperties", "items", "oneOf", "anyOf", "allOf", "if", "then", "else", "$ref", "$defs", "pattern", "minimum", "minLength"];

    public static MiniSchema Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement);

    /// <summary>The problems with <paramref name="value"/>, each with its JSON path; empty when valid.</summary>
    public List<string> Validate(JsonElement value, string? reference = null)
    {
        var errors = new List<string>();
        Check(reference is null ? root : Resolve(reference), value, "$", errors);
        return errors;
    }

    /// <summary>Every keyword the schema uses, for the test that the subset covers it.</summary>
    public IEnumerable<string> UnsupportedKeywords() => Keywords(root).Where(k => !Supported.Contains(k) && !Annotations.Contains(k)).Distinct();

    private static IEnumerable<string> Keywords(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object) yield break;
        foreach (var p in schema.EnumerateObject())
        {
            yield return p.Name;
            IEnumerable<JsonElement> children = p.Name switch
            {
                "properties" or "$defs" => p.Value.EnumerateObject().Select(c => c.Value),
                "oneOf" or "anyOf" or "allOf" => p.Value.EnumerateArray(),
                "items" or "additionalProperties" or "if" or "then" or "else" => [p.Value],
                _ => [],
            };
            foreach (var k in children.SelectMany(Keywords)) yield return k;
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/$defs/", StringComparison.Ordinal)) throw new NotSupportedException($"$ref {reference}");
        return root.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]);
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference)) Check(Resolve(reference.GetString()!), value, path, errors);
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, found {value.ValueKind}");
            return;
        }
        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
            errors.Add($"{path}: expected {constant.GetRawText()}");
        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
            errors.Add($"{path}: {value.GetRawText()} is not one of {choices.GetRawText()}");
        if (value.ValueKind == JsonValueKind.String)
        {
            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
                errors.Add($"{path}: does not match {pattern.GetString()}");
            if (schema.TryGetProperty("minLength", out var min) && value.GetString()!.Length < min.GetInt32())
                errors.Add($"{path}: shorter than {min.GetInt32()}");
        }
        if (value.ValueKind == JsonValueKind.Number && schema.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
            errors.Add($"{path}: less than {minimum.GetDecimal()}");
        if (value.ValueKind == JsonValueKind.Object) CheckObject(schema, value, path, errors);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(items, item, $"{path}[{i++}]", errors);
        }
        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray()) Check(part, value, path, errors);
        }
        if (schema.TryGetProperty("if", out var condition))
        {
            var unmet = new List<string>();
            Check(condition, value, path, unmet);
            var branch = unmet.Count == 0 ? "then" : "else";
            if (schema.TryGetProperty(branch, out var consequence)) Check(consequence, value, path, errors);
        }
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var matching = oneOf.EnumerateArray().Select(s => { var e = new List<string>(); Check(s, value, path, e); return e; }).ToList();
            var valid = matching.Count(e => e.Count == 0);
            if (valid != 1)
                errors.Add($"{path}: matches {valid} of the oneOf alternatives (expected exactly 1)"
                    + (valid == 0 ? ": " + string.Join(" | ", matching.Select(e => e.FirstOrDefault())) : ""));
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            var matching = anyOf.EnumerateArray().Select(s => { var e = new List<string>(); Check(s, value, path, e); return e; }).ToList();
            if (!matching.Exists(e => e.Count == 0))
                errors.Add($"{path}: matches none of the anyOf alternatives: " + string.Join(" | ", matching.Select(e => e.FirstOrDefault())));
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
                if (!value.TryGetProperty(name, out _)) errors.Add($"{path}: missing required \"{name}\"");
        }
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
                Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
                errors.Add($"{path}: unexpected property \"{property.Name}\"");
            else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
                Check(additional, property.Value, $"{path}.{property.Name}", errors);
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => Is(t.GetString()!, value)) : Is(type.GetString()!, value);

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException($"type {type}"),
    };
}
