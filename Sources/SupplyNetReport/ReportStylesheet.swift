/// The CSS of an HTML report, inlined in its `<style>`: readable on screen, clean pages in print.
enum ReportStylesheet {
    static let css = """
        :root { color-scheme: light; --ink: #1c2833; --muted: #566573; --rule: #d5d8dc; --shade: #f4f6f7; --mark: #fdebd0; }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body { margin: 0; color: var(--ink); background: #fff; font: 1rem/1.55 Georgia, "DejaVu Serif", "Times New Roman", serif; }
        main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
        main > p, main > ul, main > ol, main > blockquote, main > h1, main > h2, main > h3, main > h4 { max-width: 46rem; }
        h1, h2, h3, h4 { font-family: "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; line-height: 1.25; }
        h1 { font-size: 2rem; margin: 0 0 1rem; }
        h2 { font-size: 1.45rem; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--rule); }
        h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; }
        a { color: #1f618d; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.88em; background: var(--shade); padding: 0.05em 0.3em; border-radius: 3px; }
        pre code { display: block; padding: 0.75rem; overflow-x: auto; }
        blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-left: 4px solid var(--rule); color: var(--muted); }
        .report-figure { margin: 1.5rem 0 0.75rem; }
        .report-figure .graph { border: 1px solid var(--rule); border-radius: 6px; padding: 0.5rem; background: #fff; overflow: hidden; }
        .report-figure .graph > svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
        .report-figure .graph a:hover path, .report-figure .graph a:focus path { stroke-width: 4px; }
        figcaption { margin-top: 0.6rem; font-family: "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; font-size: 0.92rem; max-width: 60rem; }
        figcaption .figure-number { font-weight: bold; }
        figcaption .query { color: var(--muted); }
        .legend { list-style: none; margin: 0.5rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-family: "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; font-size: 0.82rem; color: var(--muted); }
        .legend li { display: flex; align-items: center; gap: 0.4rem; }
        .legend .sample { flex: none; }
        .routes { font-family: "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; font-size: 0.9rem; margin: 0.5rem 0 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 2rem; font-family: "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; font-size: 0.84rem; }
        table caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule); }
        thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
        .evidence tbody:target > tr, .evidence tbody:target > tr > th { background: var(--mark); }
        .evidence .flow > th { background: var(--shade); font-weight: normal; }
        .evidence .flow .ref, .evidence td.number { font-weight: bold; white-space: nowrap; }
        .evidence .flow .state { color: var(--muted); }
        .evidence .back { margin-left: 0.5rem; font-size: 0.8rem; white-space: nowrap; }
        .evidence { table-layout: fixed; }
        .evidence .quote { font-family: Georgia, "DejaVu Serif", serif; font-size: 0.92rem; }
        .evidence thead th:nth-child(1) { width: 5%; }
        .evidence thead th:nth-child(2) { width: 10%; }
        .evidence thead th:nth-child(3) { width: 42%; }
        .evidence thead th:nth-child(4) { width: 13%; }
        .evidence thead th:nth-child(5) { width: 19%; }
        .evidence thead th:nth-child(6) { width: 11%; }
        .evidence td { overflow-wrap: anywhere; }
        .evidence .status { white-space: nowrap; font-variant: small-caps; letter-spacing: 0.02em; }
        .status-denied, .status-not-observed { color: #a93226; }
        footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--rule); }
        .panel-caption { font-family: "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; font-weight: bold; margin: 0.75rem 0 0.25rem; }
        .report-figure.panels .graph > svg { margin-bottom: 1rem; }
        .tabled-elsewhere { font-family: "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; font-size: 0.84rem; color: var(--muted); margin: 0.5rem 0 1.5rem; }
        .sources td.date, .evidence td.date, .evidence th:nth-child(6) { white-space: nowrap; }
        h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          @page wide { size: A4 landscape; margin: 10mm 10mm; }
          .report-figure.wide { page: wide; }
          .report-figure.wide .graph > svg { max-height: 180mm; }
          .report-figure.panels { break-inside: auto; page-break-inside: auto; }
          .report-figure.panels .graph > svg { break-inside: avoid; page-break-inside: avoid; }
          .panel-caption { break-after: avoid; page-break-after: avoid; }
          h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
          h2 + p, h3 + p { break-before: avoid; }
          figcaption, .legend, .tabled-elsewhere { break-before: avoid; page-break-before: avoid; }
          .evidence caption, .evidence thead { break-after: avoid; }
          html { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; page-break-after: avoid; }
          .report-figure { break-inside: avoid; page-break-inside: avoid; }
          .report-figure .graph { border: none; padding: 0; }
          .report-figure .graph > svg { max-height: 25cm; }
          .evidence .back { display: none; }
          table { font-size: 8.5pt; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          td a[href^="http"]::after { content: " <" attr(href) ">"; word-break: break-all; color: var(--muted); }
          footer { border: none; padding: 0.5rem 0 0; }
        }
        """
}
