namespace Safeguards.Cli.Report;

/// <summary>The page's only style sheet, inline (the Content-Security-Policy allows nothing external).
/// System fonts only; print: no filters, one case per page.</summary>
public static class ReportStyles
{
    public const string Css = """
        :root{--violated:#b71c1c;--indeterminate:#e65100;--insufficient:#6a4c93;--pending:#1565c0;--satisfied:#2e7d32;--na:#757575;--ink:#1b1b1b;--muted:#5f6368;--line:#d0d4d9}
        *{box-sizing:border-box}
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:var(--ink);margin:0 auto;max-width:1180px;padding:16px 24px 48px}
        h1{font-size:24px;margin:8px 0 4px}h2{font-size:19px;margin:28px 0 8px}h3{font-size:15px;margin:18px 0 6px}
        .sub{color:var(--muted);margin:0 0 12px}
        [hidden]{display:none!important}
        table{border-collapse:collapse;width:100%;margin:6px 0 12px}
        th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
        thead th{background:#f3f4f6;font-weight:600}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;width:7em}
        .totals{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0 14px;padding:0}
        .totals div{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:150px}
        .totals dt{color:var(--muted);font-size:12px}.totals dd{margin:0;font-size:24px;font-weight:600}
        .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff;background:var(--na);white-space:nowrap}
        .badge.o-violated{background:var(--violated)}.badge.o-indeterminate{background:var(--indeterminate)}.badge.o-insufficient-data{background:var(--insufficient)}
        .badge.o-pending{background:var(--pending)}.badge.o-satisfied{background:var(--satisfied)}
        td.o-violated{color:var(--violated);font-weight:600}td.o-indeterminate{color:var(--indeterminate)}
        .sev{font-size:12px;color:var(--muted)}.sev-error{color:var(--violated)}
        .note{background:#fff8e1;border:1px solid #ffe082;border-radius:6px;padding:8px 12px}
        #filters{position:sticky;top:0;z-index:2;background:#fff;border:1px solid var(--line);border-radius:6px;padding:6px 10px;display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center}
        #filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:2px 10px;align-items:center}
        #filters legend{float:left;font-weight:600;margin-right:6px}
        #filters label{white-space:nowrap}#filters select{max-width:360px}
        #shown-count{color:var(--muted)}
        .case{border-top:3px solid var(--ink);margin-top:32px;padding-top:4px}
        .case h2{margin:6px 0 2px}.case .num{color:var(--muted);font-weight:400}
        .meta{color:var(--muted);margin:0 0 8px}
        svg.timeline{width:100%;height:auto;display:block;margin:4px 0 8px;font-size:11px}
        svg .label{fill:var(--ink)}svg .sep{stroke:var(--line)}
        svg .ev-point circle{fill:#37474f}svg .ev-interval rect{fill:#90a4ae;stroke:#37474f}
        svg .ev-unknown text{fill:var(--indeterminate);font-weight:700}
        svg .window{fill:#e3eaf3}svg .window-certain{fill:#bcd0e6}
        svg .mark-trigger line{stroke:#0d47a1;stroke-width:2.5}svg .mark-trigger rect{fill:#0d47a1}
        svg .mark-deadline line{stroke:#000;stroke-width:2;stroke-dasharray:3 2}svg .mark-deadline rect{fill:#000}
        svg .mark-earliest line{stroke:#6a1b9a;stroke-width:2;stroke-dasharray:1 2}svg .mark-earliest rect{fill:#6a1b9a}
        svg .mark-complete path,svg .mark-complete rect{fill:var(--satisfied);stroke:#fff}
        .o-violated svg .mark-complete path,svg .o-violated .mark-complete path,svg .o-violated .mark-complete rect{fill:var(--violated)}
        svg .o-indeterminate .mark-complete path,svg .o-indeterminate .mark-complete rect{fill:var(--indeterminate)}
        svg .mark-absent circle{fill:#fff;stroke:var(--violated);stroke-width:1.5}svg .mark-absent path{stroke:var(--violated);stroke-width:1.5}
        svg .mark-overrun rect{fill:var(--violated);opacity:.85}
        svg .swatch{fill:var(--na)}svg .o-violated .swatch{fill:var(--violated)}svg .o-indeterminate .swatch{fill:var(--indeterminate)}
        svg .o-insufficient-data .swatch{fill:var(--insufficient)}svg .o-pending .swatch{fill:var(--pending)}svg .o-satisfied .swatch{fill:var(--satisfied)}
        svg .axis line{stroke:#555}svg .tick-label{fill:var(--muted);text-anchor:middle;font-size:10px}
        svg .break{stroke:#555;fill:none}svg .gap{fill:var(--muted);text-anchor:middle;font-size:10px}
        svg .asof line{stroke:var(--pending);stroke-dasharray:4 3}svg .asof text{fill:var(--pending);font-size:10px;text-anchor:middle}
        svg .dim{opacity:.15}
        table.findings td:first-child{width:8.5em}table.findings td:nth-child(2){width:42%}
        .cites{margin:4px 0 0;padding-left:18px;color:var(--muted);font-size:12.5px}.src{font-weight:600;color:var(--ink)}
        .reason,.message{margin:0 0 4px}.message{color:var(--muted)}
        details.na{color:var(--muted);font-size:12.5px}details.na ul{margin:4px 0;padding-left:18px}
        .legend{color:var(--muted);font-size:12.5px}
        table.index{table-layout:fixed;margin:0}table.index td{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
        col.c-num{width:5em}col.c-id{width:30%}col.c-schema{width:9em}col.c-src{width:18%}col.c-n{width:7.5em}
        .chunk+.chunk thead{display:none}
        @media screen{.case{content-visibility:auto;contain-intrinsic-size:auto 900px}.chunk{content-visibility:auto;contain-intrinsic-size:auto 13000px}}
        @media print{
          body{max-width:none;padding:0;font-size:11.5px}
          #filters,.no-print{display:none!important}
          .case{break-before:page;border-top:0;margin-top:0}
          table.findings tr,svg.timeline{break-inside:avoid}
          a{color:inherit;text-decoration:none}
          .badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
          svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        }
        @page{margin:14mm}
        """;
}
