using System.Text.Json;

namespace Safeguards.LanguageServer.Server;

/// <summary>What a frame's body is, checked before StreamJsonRpc sees it: StreamJsonRpc ends the whole
/// connection on a message it cannot read, so anything it might choke on is answered or dropped here.</summary>
internal sealed record MessageEnvelope(string? Method, string? IdJson, bool HasId, bool IsResponse)
{
    /// <summary>Deeper than any message of the protocol this server speaks (LSP types nest a dozen levels at most).</summary>
    public const int MaxDepth = 64;

    public bool IsRequest => HasId && Method is not null;

    public bool IsNotification => !HasId && Method is not null;

    /// <summary>Classifies a body. On failure, <paramref name="error"/> says which JSON-RPC error to
    /// answer (parse error or invalid request) and <paramref name="errorId"/> the id to answer it with
    /// (the JSON text of the request's id when it could be read, else null).</summary>
    public static MessageEnvelope? Read(byte[] body, out (int Code, string Message)? error, out string? errorId)
    {
        error = null;
        errorId = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException)
        {
            error = (JsonRpcErrors.ParseError, $"Parse error: the message is not JSON (or nests deeper than {MaxDepth} levels).");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = (JsonRpcErrors.InvalidRequest, $"Invalid request: a message must be a JSON object, not {Describe(root.ValueKind)} (batches are not part of LSP).");
                return null;
            }

            var hasId = root.TryGetProperty("id", out var id);
            if (hasId && !IsValidId(id))
            {
                error = (JsonRpcErrors.InvalidRequest, "Invalid request: 'id' must be a string or an integer.");
                return null;
            }
            var idJson = hasId ? id.GetRawText() : null;
            errorId = idJson;

            if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
            {
                error = (JsonRpcErrors.InvalidRequest, "Invalid request: 'jsonrpc' must be \"2.0\".");
                return null;
            }

            string? method = null;
            if (root.TryGetProperty("method", out var methodElement))
            {
                if (methodElement.ValueKind != JsonValueKind.String)
                {
                    error = (JsonRpcErrors.InvalidRequest, "Invalid request: 'method' must be a string.");
                    return null;
                }
                method = methodElement.GetString();
            }

            if (root.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
            {
                error = (JsonRpcErrors.InvalidRequest, $"Invalid request: 'params' must be an object or an array, not {Describe(parameters.ValueKind)}.");
                return null;
            }

            var isResponse = method is null && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _));
            if (method is null && !isResponse)
            {
                error = (JsonRpcErrors.InvalidRequest, "Invalid request: a message needs a 'method' (or, as a response, a 'result' or an 'error').");
                return null;
            }
            if (isResponse && !hasId)
            {
                error = (JsonRpcErrors.InvalidRequest, "Invalid request: a response needs an 'id'.");
                return null;
            }
            return new MessageEnvelope(method, idJson, hasId, isResponse);
        }
    }

    /// <summary>JSON-RPC allows a string, a number or null; a number must be one StreamJsonRpc can hold (a 64-bit integer).</summary>
    private static bool IsValidId(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String or JsonValueKind.Null => true,
        JsonValueKind.Number => id.TryGetInt64(out _),
        _ => false,
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };
}

/// <summary>The error codes of JSON-RPC 2.0 and LSP that the framing layer answers with.</summary>
internal static class JsonRpcErrors
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
}
