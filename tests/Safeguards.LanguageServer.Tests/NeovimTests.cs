using System.Diagnostics;

namespace Safeguards.LanguageServer.Tests;

/// <summary>A second, independent client: Neovim's built-in LSP client, headless. The test machine must
/// have Neovim (0.7 or later) on PATH: the repository's test script runs <c>apt-get install -y neovim</c>.
/// The test fails (it does not skip) when nvim is missing, so CI cannot pass without this evidence.</summary>
public sealed class NeovimTests
{
    private const string Config = """
        local dll, file, out = _G.sg_dll, _G.sg_file, _G.sg_out
        local done = false
        local function write(text)
          local f = io.open(out, 'w'); f:write(text); f:close()
        end
        vim.cmd('edit ' .. file)
        local bufnr = vim.api.nvim_get_current_buf()
        local client_id = vim.lsp.start_client({
          name = 'safeguards',
          cmd = { 'dotnet', dll },
          root_dir = vim.fn.fnamemodify(file, ':h'),
          handlers = {
            ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
              if result and result.uri == vim.uri_from_bufnr(bufnr) and #result.diagnostics > 0 and not done then
                done = true
                local lines = {}
                for _, d in ipairs(result.diagnostics) do
                  table.insert(lines, string.format('%s %d:%d %s', tostring(d.code), d.range.start.line, d.range.start.character, d.message))
                end
                write(table.concat(lines, '\n'))
              end
            end,
          },
        })
        vim.lsp.buf_attach_client(bufnr, client_id)
        local ok = vim.wait(30000, function() return done end, 100)
        if not ok then write('TIMEOUT') end
        vim.lsp.stop_client(client_id)
        vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
        vim.cmd('qa!')
        """;

    [Fact]
    public async Task Neovim_receives_the_diagnostic_of_a_rule_file_with_a_mistake()
    {
        var folder = Repo.Workspace();
        var file = Path.Combine(folder, "rules", "mine.sg");
        File.WriteAllText(file, ServerTest.Pack.Replace("requires registered within", "requires registred within"));
        var config = Path.Combine(folder, "init.lua");
        File.WriteAllText(config, Config);
        var output = Path.Combine(folder, "diagnostics.txt");
        var dll = Path.Combine(AppContext.BaseDirectory, "Safeguards.LanguageServer.dll");

        var start = new ProcessStartInfo("nvim")
        {
            ArgumentList =
            {
                "--headless", "--clean", "-n",
                "--cmd", $"lua _G.sg_dll = [[{dll}]]; _G.sg_file = [[{file}]]; _G.sg_out = [[{output}]]",
                "-c", $"luafile {config}",
            },
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
            WorkingDirectory = folder,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Neovim (nvim) is required for this test: apt-get install -y neovim", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
            File.Exists(output).ShouldBeTrue($"nvim wrote nothing; stdout: {await stdout} stderr: {await stderr}");
            var text = File.ReadAllText(output);
            text.ShouldContain("SG2005", customMessage: text);
            text.ShouldContain("Did you mean 'registered'?");
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
