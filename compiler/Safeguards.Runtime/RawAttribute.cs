namespace Safeguards.Runtime;

/// <summary>An attribute as read from JSON; <see cref="Value"/> is null when the token was not a string.</summary>
internal readonly record struct RawAttribute(string Name, string? Value, string ValueKind, int Line);
