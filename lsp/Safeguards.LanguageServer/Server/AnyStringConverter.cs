using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Safeguards.LanguageServer.Server;

/// <summary>Reads and writes every string the protocol allows. JSON may escape a lone UTF-16 surrogate
/// (<c>"\ud800"</c>), and LSP strings are UTF-16, so an editor can send one (a half-typed emoji, a cut
/// through a pair); System.Text.Json refuses such strings, which dropped the whole message. Here they
/// are unescaped by hand, and written back escaped, so the server's text stays the client's.</summary>
internal sealed class AnyStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"expected a string, found {reader.TokenType}");
        return ReadString(ref reader);
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadString(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        if (HasSurrogate(value)) writer.WriteRawValue(Escape(value), skipInputValidation: true);
        else writer.WriteStringValue(value);
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        // A property name cannot be written raw; a lone surrogate in one (never seen in LSP: names are URIs) becomes U+FFFD.
        writer.WritePropertyName(HasSurrogate(value) ? ReplaceLoneSurrogates(value) : value);

    private static string ReadString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped) return reader.GetString()!;
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Only a lone surrogate escape makes a valid JSON string unreadable here.
            var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
            return Unescape(raw);
        }
    }

    /// <summary>JSON string unescaping (RFC 8259, section 7) that keeps lone surrogates.</summary>
    internal static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var backslash = raw[i..].IndexOf((byte)'\\');
            var run = backslash < 0 ? raw[i..] : raw.Slice(i, backslash);
            text.Append(Encoding.UTF8.GetString(run));
            i += run.Length;
            if (backslash < 0) break;
            var escape = (char)raw[i + 1];
            i += 2;
            switch (escape)
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case '/': text.Append('/'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    text.Append((char)int.Parse(Encoding.ASCII.GetString(raw.Slice(i, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw new JsonException($"'\\{escape}' is not a JSON escape");
            }
        }
        return text.ToString();
    }

    /// <summary>A JSON string literal of the text with every surrogate escaped, so it is valid UTF-8 whatever the pairing.</summary>
    internal static string Escape(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case < ' ' or (>= '\uD800' and <= '\uDFFF'):
                    json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: json.Append(c); break;
            }
        }
        return json.Append('"').ToString();
    }

    private static bool HasSurrogate(string value) => value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    private static string ReplaceLoneSurrogates(string value)
    {
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
