using System.Text;

namespace Safeguards.Bench.Check;

/// <summary>Writes an error-free rule pack of about the requested number of lines, shaped like the
/// bundled packs: sources with quoted articles, one case with events and facts, constants, and
/// safeguards with conditions, filters, pairing and several requirements.</summary>
internal static class PackGenerator
{
    private const int Events = 40;

    /// <param name="repeated">False: ten sources with their articles first, then safeguards up to the size (the
    /// mix shifts towards safeguards as the pack grows). True: the case first, then the same ~100-line block
    /// repeated (a source, 10 articles, 6 safeguards citing them), so every size has the same content mix.</param>
    public static string Generate(int lines, bool repeated = false)
    {
        var text = new StringBuilder();
        var count = 0;
        void Line(string line)
        {
            text.Append(line).Append('\n');
            count++;
        }

        Line("pack bench.generated \"A generated pack for the check benchmark\"");
        Line("  jurisdiction KZ");
        Line("  time zone \"Asia/Almaty\"");
        Line("  round months down");
        Line("");
        for (var s = 0; s < (repeated ? 0 : 10); s++)
        {
            Line($"source CODE_{s} \"Generated code number {s}\"");
            Line(s % 2 == 0 ? "  status binding" : "  status treaty");
            Line(s < 5 ? "  in force until 2015-01-01" : "  in force from 2015-01-01");
            Line("");
            for (var a = 1; a <= 20; a++)
            {
                Line($"article CODE_{s} {a}.1 \"Article {a} of code {s}\"");
                Line("  \"\"\"not later than three hours after the actual detention the investigator writes a report");
                Line("  of the detention in which the basis, the place and the time of detention are recorded.\"\"\"");
            }
            Line("");
        }
        Line("case detention \"A person deprived of liberty\"");
        for (var e = 0; e < Events; e++)
        {
            var modifiers = e switch
            {
                0 => " required",
                1 => " with channel: crime_report | procedural_complaint, allegation: torture | other_violation",
                2 => " refers to event_1",
                _ => "",
            };
            Line($"  event event_{e} \"generated event number {e}\"{modifiers}");
        }
        Line("  fact kind \"criminal or administrative\": criminal | administrative");
        Line("  fact alleges_torture: boolean");
        Line("  fact age: number");
        Line("  fact held_for: days");
        Line("");
        for (var c = 0; c < 10; c++) Line($"let limit_{c} = {c + 1} hours");
        Line("");

        var i = 0;
        var block = 0;
        while (count < lines - 10)
        {
            if (repeated && i % 6 == 0)
            {
                Line($"source CODE_{block} \"Generated code number {block}\"");
                Line(block % 2 == 0 ? "  status binding" : "  status treaty");
                Line(block % 4 < 2 ? "  in force until 2015-01-01" : "  in force from 2015-01-01");
                for (var a = 1; a <= 10; a++)
                {
                    Line($"article CODE_{block} {a}.1 \"Article {a} of code {block}\"");
                    Line("  \"\"\"not later than three hours after the actual detention the investigator writes a report");
                    Line("  of the detention in which the basis, the place and the time of detention are recorded.\"\"\"");
                }
                Line("");
                block++;
            }
            var source = repeated ? block - 1 : i % 10;
            var target = 3 + (i % (Events - 4));
            var anchor = 3 + ((i + 7) % (Events - 4));
            if (anchor == target) anchor = 3 + ((anchor - 2) % (Events - 4));
            Line($"// Safeguard {i}: a comment, as the bundled packs have before most rules.");
            Line($"safeguard BENCH-{i} \"Generated safeguard number {i}\"");
            Line($"  cites CODE_{source} article {1 + (i % (repeated ? 10 : 20))}.1");
            Line("  applies to detention when kind is criminal and (age is at least 18 or alleges_torture) and not held_for is more than 2 weeks");
            Line((i % 4) switch
            {
                0 => $"  requires event_{target} within limit_{i % 10} after event_0",
                1 => $"  requires each event_2 within {1 + (i % 5)} days after each event_1 where channel is procedural_complaint and allegation is torture",
                2 => $"  requires event_{target} or event_{anchor} within 2 months after event_1 where channel is not crime_report",
                _ => $"  requires event_{target} no later than 12 hours before event_{anchor}",
            });
            Line($"  requires event_{anchor} immediately after event_0");
            Line(i % 3 == 0 ? "  severity warning" : "  category detention");
            Line("  because \"Most torture happens before formal registration; the clock starts at actual apprehension.\"");
            Line("  message \"Registered {elapsed} after apprehension; the limit is {limit}, the deadline {deadline}.\"");
            Line("");
            i++;
        }
        return text.ToString();
    }
}
