using System.Text.Json;

namespace Safeguards.LanguageServer.Tests;

public sealed class HoverTests : ServerTest
{
    private async Task<string> HoverAsync(string marked)
    {
        var position = await OpenMarkedAsync(marked);
        var hover = await AtAsync("textDocument/hover", position);
        hover.ValueKind.ShouldBe(JsonValueKind.Object, "no hover");
        return hover.GetProperty("contents").GetProperty("value").GetString()!;
    }

    [Fact]
    public async Task Citation_shows_source_article_text_and_period()
    {
        var text = await HoverAsync(MarkIn(Pack, "article 134.1", delta: 9));
        text.ShouldContain("CPC_OLD article 134.1");
        text.ShouldContain("Detention report within three hours");
        text.ShouldContain("not later than three hours after the actual detention");
        text.ShouldContain("until 2015-01-01");
    }

    [Fact]
    public async Task Event_and_fact_show_description_and_type()
    {
        (await HoverAsync(MarkIn(Pack, "registered within", delta: 2))).ShouldContain("the detention report is drawn up");
        var fact = await HoverAsync(MarkIn(Pack, "kind is criminal", delta: 1));
        fact.ShouldContain("criminal | administrative");
        fact.ShouldContain("criminal or administrative");
    }

    [Fact]
    public async Task Working_days_and_the_move_are_explained_in_the_pack_calendar()
    {
        var pack = Pack.Replace("case arrest", "calendar KZ_CAL \"Holidays\"\n  weekend Saturday, Sunday\n\ncase arrest");
        var counted = await HoverAsync(MarkIn(pack.Replace("within limit after apprehended", "within 5 working days after apprehended"), "5 working", delta: 3));
        counted.ShouldContain("5th working day after the day of `apprehended`, in calendar `KZ_CAL`");
        counted.ShouldContain("Saturday");
        var moved = await HoverAsync(MarkIn(pack.Replace("within limit after apprehended", "within 1 week after apprehended, moved to the next working day"), "1 week", delta: 8));
        moved.ShouldContain("the period ends at the end (24:00) of the next working day instead");
    }

    [Fact]
    public async Task The_legal_clock_of_a_deadline_is_explained_clock_extensions_ceiling_and_recurrence()
    {
        string With(string requirement) => Pack.Replace("within limit after apprehended", requirement);
        var extended = await HoverAsync(MarkIn(With("within 24 hours after apprehended extended by 24 hours on complaint up to 48 hours"), "hours after apprehended", delta: 7));
        extended.ShouldContain("Extended by 24 hours on each `complaint` that comes before the limit in force runs out.");
        extended.ShouldContain("No extension goes beyond 48 hours after the clock's start.");
        var fromDecision = await HoverAsync(MarkIn(With("within 24 hours after apprehended extended to 8 hours after complaint"), "hours after apprehended", delta: 7));
        fromDecision.ShouldContain("Extended to 8 hours after `complaint` (counted from that decision, once)");
        var earliest = await HoverAsync(MarkIn(With("within 3 hours after earliest of (apprehended, complaint)"), "hours after earliest", delta: 7));
        earliest.ShouldContain("The clock starts at the earliest of (apprehended, complaint) that happened");
        earliest.ShouldContain("exactly 3 hours after the moment of the clock's start");
        var repeated = await HoverAsync(MarkIn(With("within 3 hours after apprehended repeated within 6 hours until reply or complaint"), "hours after apprehended", delta: 7));
        repeated.ShouldContain("each next one is due within 6 hours of the previous one, until the first of `reply`, `complaint`");
    }

    [Fact]
    public async Task Duration_in_days_is_explained_as_calendar_days()
    {
        var text = await HoverAsync(MarkIn(Pack, "3 days", delta: 3));
        text.ShouldContain("calendar days");
        text.ShouldContain("Asia/Almaty");
        text.ShouldContain("end of 11 January");
    }

    [Fact]
    public async Task Requires_keyword_explains_the_whole_requirement()
    {
        var text = await HoverAsync(MarkIn(Pack, "requires registered", delta: 3));
        text.ShouldContain("registered within 3 hours after apprehended");
        text.ShouldContain("exactly 3 hours after the moment of `apprehended`");
        text.ShouldContain("pending");
    }

    [Fact]
    public async Task Safeguard_id_shows_title_citations_and_severity()
    {
        var text = await HoverAsync(MarkIn(Pack, "MY-REG", delta: 2));
        text.ShouldContain("Report within three hours");
        text.ShouldContain("CPC_OLD article 134.1");
        text.ShouldContain("Severity: error");
    }

    [Fact]
    public async Task Hover_on_broken_code_does_not_fail()
    {
        var position = await OpenMarkedAsync("pack kz.x\nsafeguard X\n  requires reg$$ within after\n  cites");
        await AtAsync("textDocument/hover", position); // null or something, never an error
    }
}

public sealed class CompletionTests : ServerTest
{
    private async Task<List<string>> LabelsAsync(string marked)
    {
        var position = await OpenMarkedAsync(marked);
        var list = await AtAsync("textDocument/completion", position);
        return list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!).ToList();
    }

    private static string Typing(string line) => Pack.Replace("  severity error\n", line + "\n");

    [Fact]
    public async Task Clause_start_offers_the_safeguard_clause_keywords()
    {
        var labels = await LabelsAsync(Typing("  $$"));
        labels.ShouldContain("cites");
        labels.ShouldContain("requires");
        labels.ShouldContain("applies to");
        labels.ShouldNotContain("event");
    }

    [Fact]
    public async Task After_cites_offers_sources_and_after_article_the_articles()
    {
        (await LabelsAsync(Typing("  cites $$"))).ShouldContain("CPC_OLD");
        (await LabelsAsync(Typing("  cites CPC_OLD $$"))).ShouldBe(["article"]);
        (await LabelsAsync(Typing("  cites CPC_OLD article $$"))).ShouldContain("134.1");
        (await LabelsAsync(Typing("  cites CPC_OLD article 13$$"))).ShouldContain("134.1");
    }

    [Fact]
    public async Task In_applies_to_offers_cases_and_in_conditions_facts_events_and_values()
    {
        (await LabelsAsync(Typing("  applies to $$"))).ShouldContain("arrest");
        var condition = await LabelsAsync(Pack.Replace("applies to arrest when kind is criminal", "applies to arrest when $$"));
        condition.ShouldContain("kind");
        condition.ShouldContain("apprehended occurred");
        var values = await LabelsAsync(Pack.Replace("when kind is criminal", "when kind is $$"));
        values.ShouldContain("criminal");
        values.ShouldContain("administrative");
        (await LabelsAsync(Pack.Replace("when kind is criminal", "when kind is not $$"))).ShouldContain("administrative");
    }

    [Fact]
    public async Task In_requires_offers_events_units_and_constants()
    {
        var events = await LabelsAsync(Pack.Replace("requires registered within limit after apprehended", "requires $$"));
        events.ShouldContain("registered");
        events.ShouldContain("apprehended");
        (await LabelsAsync(Pack.Replace("within limit after", "within 3 $$"))).ShouldContain("hours");
        (await LabelsAsync(Pack.Replace("within limit after", "within $$"))).ShouldContain("limit");
        (await LabelsAsync(Pack.Replace("within limit after apprehended", "within limit after $$"))).ShouldContain("apprehended");
        var timing = await LabelsAsync(Pack.Replace("registered within limit after apprehended", "registered $$"));
        timing.ShouldContain("within");
        timing.ShouldContain("no later than");
        (await LabelsAsync(Pack.Replace("where channel is procedural_complaint", "where channel is $$"))).ShouldContain("crime_report");
        (await LabelsAsync(Pack.Replace("where channel is procedural_complaint", "where $$"))).ShouldContain("channel");
    }

    [Fact]
    public async Task In_requires_offers_working_days_and_the_move_to_the_next_working_day()
    {
        (await LabelsAsync(Pack.Replace("within limit after", "within 3 $$"))).ShouldContain("working days");
        (await LabelsAsync(Pack.Replace("within limit after", "within 3 working $$"))).ShouldBe(["days"]);
        var after = Pack.Replace("within limit after apprehended", "within 1 week after apprehended, $$");
        (await LabelsAsync(after)).ShouldBe(["moved to the next working day"]);
        (await LabelsAsync(Pack.Replace("within limit after apprehended", "within 1 week after apprehended, moved to the next working $$"))).ShouldBe(["day"]);
    }

    [Fact]
    public async Task In_requires_offers_the_legal_clock_clauses_step_by_step()
    {
        string At(string typed) => Pack.Replace("within limit after apprehended", "within 24 hours after apprehended " + typed);
        var afterTrigger = await LabelsAsync(At("$$"));
        afterTrigger.ShouldContain("extended by");
        afterTrigger.ShouldContain("repeated within");
        afterTrigger.ShouldContain("where");
        (await LabelsAsync(At("extended $$"))).ShouldBe(["by", "to"]);
        (await LabelsAsync(At("extended by 24 $$"))).ShouldContain("hours");
        (await LabelsAsync(At("extended by 24 hours $$"))).ShouldBe(["on"]);
        (await LabelsAsync(At("extended by 24 hours on $$"))).ShouldContain("registered");
        (await LabelsAsync(At("extended by 24 hours on registered $$"))).ShouldContain("up to");
        (await LabelsAsync(At("extended to 72 hours $$"))).ShouldBe(["after"]);
        (await LabelsAsync(At("up to $$"))).ShouldContain("limit");
        (await LabelsAsync(At("repeated within 3 hours $$"))).ShouldBe(["until"]);
        (await LabelsAsync(At("repeated within 3 hours until $$"))).ShouldContain("complaint");
        (await LabelsAsync(At("repeated within 3 hours until registered $$"))).ShouldContain("or");
        (await LabelsAsync(At("repeated within 3 hours until registered or $$"))).ShouldContain("reply");
    }

    [Fact]
    public async Task Top_level_offers_declaration_snippets()
    {
        var position = await OpenMarkedAsync("$$");
        var list = await AtAsync("textDocument/completion", position);
        var safeguard = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("label").GetString() == "safeguard");
        safeguard.GetProperty("insertTextFormat").GetInt32().ShouldBe(2);
        safeguard.GetProperty("textEdit").GetProperty("newText").GetString()!.ShouldContain("requires");
    }

    // Contexts the earlier completion (string matching on the words before the cursor) got wrong.

    [Fact]
    public async Task After_the_number_compared_with_a_duration_fact_the_units_of_its_family()
    {
        var pack = Pack.Replace("  fact age: number\n", "  fact age: number\n  fact held: days\n");
        var units = await LabelsAsync(pack.Replace("when kind is criminal", "when held is more than 15 $$"));
        units.ShouldContain("days");
        units.ShouldContain("weeks");
        units.ShouldNotContain("hours"); // another family: SG error, so not offered
        units.ShouldNotContain("occurred");
        (await LabelsAsync(pack.Replace("when kind is criminal", "when held is more than 15 days $$"))).ShouldBe(["and", "or"]);
        (await LabelsAsync(Pack.Replace("when kind is criminal", "when age is at least 18 $$"))).ShouldBe(["and", "or"]);
    }

    [Fact]
    public async Task After_the_counted_event_only_where_or_after()
    {
        var labels = await LabelsAsync(Pack.Replace("requires registered within limit after apprehended", "requires at most 2 registered $$"));
        labels.ShouldBe(["after", "where"]);
        (await LabelsAsync(Pack.Replace("requires registered within limit after apprehended", "requires at most 2 registered after $$")))
            .ShouldContain("apprehended");
    }

    [Fact]
    public async Task After_a_second_target_the_timing_not_a_filter()
    {
        var labels = await LabelsAsync(Pack.Replace("requires each reply within 3 days after each complaint where channel is procedural_complaint",
            "requires complaint where channel is crime_report or reply $$"));
        labels.ShouldContain("within");
        labels.ShouldNotContain("is");
    }

    [Fact]
    public async Task A_clause_of_another_declaration_offers_nothing_of_the_previous_clause()
    {
        (await LabelsAsync(Typing("  event registered $$"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Nothing_inside_comments_or_strings()
    {
        (await LabelsAsync(Pack.Replace("\"My pack\"", "\"My $$pack\""))).ShouldBeEmpty();
        (await LabelsAsync(Pack + "// a comment $$")).ShouldBeEmpty();
    }
}

public sealed class NavigationTests : ServerTest
{
    [Fact]
    public async Task Definition_goes_to_the_event_and_across_files_to_the_source()
    {
        var position = await OpenMarkedAsync(MarkIn(Pack, "registered within", delta: 3));
        var locations = await AtAsync("textDocument/definition", position);
        locations[0].GetProperty("uri").GetString().ShouldBe(Uri);
        locations[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32().ShouldBe(9);

        var cites = Marked.Parse(MarkIn(Pack, "CPC_OLD", delta: 2)).Position;
        var source = await AtAsync("textDocument/definition", cites);
        source[0].GetProperty("uri").GetString()!.ShouldEndWith("rules/sources.sg");
    }

    [Fact]
    public async Task References_and_highlights_find_every_use()
    {
        var position = await OpenMarkedAsync(MarkIn(Pack, "complaint \"a complaint", delta: 2));
        var references = await Client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = Uri }, position, context = new { includeDeclaration = true } });
        references.GetArrayLength().ShouldBe(3); // declaration, "refers to complaint", "each complaint"
        var highlights = await AtAsync("textDocument/documentHighlight", position);
        highlights.GetArrayLength().ShouldBe(3);
        highlights.EnumerateArray().Count(h => h.GetProperty("kind").GetInt32() == 3).ShouldBe(1);
    }

    [Fact]
    public async Task Rename_edits_every_file_and_refuses_bad_names()
    {
        var position = await OpenMarkedAsync(MarkIn(Pack, "CPC_OLD", delta: 1));
        var prepared = await AtAsync("textDocument/prepareRename", position);
        prepared.GetProperty("placeholder").GetString().ShouldBe("CPC_OLD");
        var edit = await Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position, newName = "CPC_1997" });
        var changes = edit.GetProperty("changes");
        changes.EnumerateObject().Select(p => p.Name).ShouldContain(Uri);
        changes.EnumerateObject().Any(p => p.Name.EndsWith("rules/sources.sg")).ShouldBeTrue();
        changes.EnumerateObject().Any(p => p.Name.EndsWith("rules/detention.sg")).ShouldBeTrue();

        foreach (var bad in new[] { "requires", "9lives", "two words", "" })
        {
            Exception? error = null;
            try { await Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position, newName = bad }); }
            catch (Exception e) { error = e; }
            error.ShouldBeOfType<StreamJsonRpc.RemoteInvocationException>(bad);
            error.Message.ShouldContain(bad.Length == 0 || bad.Contains(' ') || char.IsDigit(bad[0]) ? "not a valid name" : "keyword");
        }
    }

    [Fact]
    public async Task Document_and_workspace_symbols()
    {
        await Client.OpenAsync(Uri, Pack);
        var symbols = await Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });
        var names = symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        names.ShouldBe(["kz.mine", "kz.sources", "arrest", "limit", "MY-REG", "MY-REPLY"]);
        symbols[2].GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain("complaint");

        var found = await Client.RequestAsync("workspace/symbol", new { query = "DET-REG" });
        found.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ShouldContain(n => n.StartsWith("DET-REG-3H"));
    }

    [Fact]
    public async Task Folding_ranges_cover_declarations_multi_line_strings_and_comment_blocks()
    {
        var text = Pack + "// one\n// two\n// three\narticle CPC_OLD 999 \"x\"\n  \"\"\"line one\n  line two\"\"\"\n";
        await Client.OpenAsync(Uri, text);
        var ranges = await Client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = Uri } });
        var list = ranges.EnumerateArray().Select(r => (Start: r.GetProperty("startLine").GetInt32(), End: r.GetProperty("endLine").GetInt32(),
            Kind: r.TryGetProperty("kind", out var k) ? k.GetString() : null)).ToList();
        list.ShouldContain((7, 13, "region")); // the case
        var lines = text.Split('\n');
        var comment = Array.IndexOf(lines, "// one");
        list.ShouldContain((comment, comment + 2, "comment"));
        list.ShouldContain((comment + 4, comment + 5, (string?)null));
    }

    [Fact]
    public async Task Semantic_tokens_classify_names_by_symbol()
    {
        await Client.OpenAsync(Uri, Pack);
        var legend = (await Client.InitializeAsync(null, null)); // a second initialize just returns the capabilities again
        var types = legend.GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes")
            .EnumerateArray().Select(t => t.GetString()).ToList();
        var data = (await Client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } }))
            .GetProperty("data").EnumerateArray().Select(d => d.GetInt32()).ToArray();
        (data.Length % 5).ShouldBe(0);
        var lines = Pack.Split('\n');
        int line = 0, character = 0;
        var found = new Dictionary<string, string>();
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            found.TryAdd(lines[line].Substring(character, data[i + 2]), types[data[i + 3]]!);
        }
        found["registered"].ShouldBe("event");
        found["kind"].ShouldBe("property");
        found["arrest"].ShouldBe("type");
        found["MY-REG"].ShouldBe("function");
        found["limit"].ShouldBe("variable");
        found["cites"].ShouldBe("keyword");
        found["\"My pack\""].ShouldBe("string");
    }
}

public sealed class ActionTests : ServerTest
{
    [Fact]
    public async Task Did_you_mean_fix_and_citation_skeleton()
    {
        var text = Pack.Replace("requires registered within", "requires registred within")
            .Replace("  cites CPC_OLD article 134.1\n  applies to arrest when kind", "  applies to arrest when kind");
        await Client.OpenAsync(Uri, text);
        await Client.WaitForDiagnosticsAsync(Uri, d => d.GetArrayLength() > 0);
        var actions = await Client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 40, character = 0 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        var titles = actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()!).ToList();
        titles.ShouldContain("Change to 'registered'");
        var skeleton = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith("Add a citation skeleton"));
        var edit = skeleton.GetProperty("edit").GetProperty("changes").GetProperty(Uri)[0];
        edit.GetProperty("newText").GetString()!.ShouldStartWith("\n  cites ");
        edit.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32().ShouldBe(17); // end of the MY-REG header line
        skeleton.GetProperty("diagnostics")[0].GetProperty("code").GetString().ShouldBe("SG4001");
    }

    [Fact]
    public async Task Code_lens_on_each_safeguard()
    {
        await Client.OpenAsync(Uri, Pack);
        var lenses = await Client.RequestAsync("textDocument/codeLens", new { textDocument = new { uri = Uri } });
        lenses.GetArrayLength().ShouldBe(2);
        var command = lenses[0].GetProperty("command");
        command.GetProperty("title").GetString().ShouldBe("Evaluate against a case…");
        command.GetProperty("command").GetString().ShouldBe("safeguards.evaluateCase");
        command.GetProperty("arguments")[1].GetString().ShouldBe("MY-REG");
    }

    [Fact]
    public async Task Formatting_a_document_and_a_range()
    {
        var messy = "pack   kz.mine \"My pack\"\n    jurisdiction KZ\n\n\n\nimport kz.sources\ncase arrest \"An arrest\" event apprehended \"x\" required\n"
            + "   fact kind :   criminal|administrative   \nsafeguard BROKEN \"t\"\n      requires ((( within\n";
        await Client.OpenAsync(Uri, messy);
        var edits = await Client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options = new { tabSize = 2, insertSpaces = true } });
        var formatted = edits[0].GetProperty("newText").GetString()!;
        formatted.ShouldBe("pack kz.mine \"My pack\"\n  jurisdiction KZ\n\nimport kz.sources\ncase arrest \"An arrest\"\n  event apprehended \"x\" required\n"
            + "  fact kind: criminal | administrative\nsafeguard BROKEN \"t\"\n      requires ((( within\n");

        var range = await Client.RequestAsync("textDocument/rangeFormatting", new
        {
            textDocument = new { uri = Uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 3 } },
            options = new { tabSize = 2, insertSpaces = true },
        });
        range.GetArrayLength().ShouldBe(1);
        range[0].GetProperty("newText").GetString().ShouldBe("pack kz.mine \"My pack\"\n  jurisdiction KZ");

        await Client.ChangeAsync(Uri, 2, new { text = formatted });
        var again = await Client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options = new { tabSize = 2, insertSpaces = true } });
        again.GetArrayLength().ShouldBe(0);
    }
}
