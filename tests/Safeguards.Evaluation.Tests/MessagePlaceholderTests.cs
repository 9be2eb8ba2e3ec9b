using Safeguards.Language.Syntax;
using static Safeguards.Evaluation.Tests.Packs;

namespace Safeguards.Evaluation.Tests;

/// <summary>The binder accepts the placeholders of <see cref="LanguageFacts.MessagePlaceholders"/> (and warns on
/// others); the runtime fills them. This holds the runtime to the table: a placeholder added there and not filled
/// would reach a reader as "{name}".</summary>
public class MessagePlaceholderTests
{
    [Fact]
    public void Every_placeholder_the_language_accepts_is_filled_in_a_finding()
    {
        var template = string.Join(" | ", LanguageFacts.MessagePlaceholders.Select(p => "{" + p + "}"));
        var safeguards = TestPack.Safeguards.Replace(
            "message \"Registered {elapsed} after; limit {limit}; overrun {overrun}; slack {slack}; deadline {deadline}; trigger {trigger}; completed {completed}; {safeguard}: {title} ({case}) {unknown}\"",
            $"message \"{template}\"");
        safeguards.ShouldContain(template);
        var pack = Interpret(TestPack.Header + TestPack.Cases + safeguards);
        var json = Json("\"kind\": \"criminal\"", Ev("apprehended", "2009-01-08T14:30:00+06:00"), Ev("registered", "2009-01-09T09:00:00+06:00"));

        var message = Finding(pack, json, "2020-01-01T00:00:00+06:00", "REG").Message;

        message.ShouldNotBeNull();
        foreach (var placeholder in LanguageFacts.MessagePlaceholders) message.ShouldNotContain("{" + placeholder + "}");
        message.Split(" | ").Length.ShouldBe(LanguageFacts.MessagePlaceholders.Length);
    }
}
