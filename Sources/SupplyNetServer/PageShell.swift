import Foundation
import SupplyNet
import SupplyNetReport

/// Every explorer page: a header with the search box and the main views, the problems of the
/// data when its latest load failed, the page's content, and the page's one stylesheet and one
/// small script, both allowed by hash in the Content-Security-Policy (nothing else runs, nothing
/// is fetched from elsewhere; the pages work with JavaScript off).
enum PageShell {
    static func page(title: String, problems: String?, search: String = "", body: String) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(XMLText.escaped(title)) · SupplyNet</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            <header>
            <a class="home" href="/">SupplyNet</a>
            <nav><a href="/">Network</a> <a href="/timeline">Timeline</a> <a href="/paths">Paths</a> <a href="/sources">Sources</a></nav>
            <form class="search" action="/search" method="get" role="search">
            <label for="q">Find an actor or flow</label>
            <input id="q" name="q" type="search" value="\(XMLText.escaped(search))" placeholder="Tehran, IRN, irn-rus-drones" maxlength="200">
            <button type="submit">Find</button>
            </form>
            </header>
            <main>

            """
        if let problems {
            html += "<section class=\"problems\" role=\"alert\"><h2>The data has problems; showing the last network that loaded</h2><pre>"
                + XMLText.escaped(problems) + "</pre></section>\n"
        }
        html += body
        html += "\n</main>\n<script>\(script)</script>\n</body>\n</html>\n"
        return html
    }

    /// The Content-Security-Policy header every page is sent with.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(SHA256.policySource(of: stylesheet)); script-src \(SHA256.policySource(of: script)); img-src data:; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"


    static let stylesheet = """
        :root { --ink: #1c2833; --muted: #566573; --rule: #d5d8dc; --shade: #f4f6f7; --mark: #fdebd0; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); font: 16px/1.5 "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; }
        header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.5rem; padding: 0.6rem 1.5rem; border-bottom: 1px solid var(--rule); background: var(--shade); }
        header .home { font-weight: bold; font-size: 1.15rem; text-decoration: none; color: var(--ink); }
        header nav a { margin-right: 0.9rem; }
        .search label { position: absolute; left: -9999px; }
        .search input { font: inherit; padding: 0.25rem 0.5rem; width: 18rem; }
        .search button, form.view button { font: inherit; padding: 0.25rem 0.8rem; }
        main { max-width: 80rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 1.6rem; margin: 0.75rem 0; }
        h2 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
        a { color: #1f618d; }
        .problems { border: 2px solid #c0392b; border-radius: 6px; padding: 0 1rem; background: #fdedec; }
        .problems pre { white-space: pre-wrap; font-size: 0.85rem; }
        form.view { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
        form.view label { display: flex; flex-direction: column; gap: 0.15rem; color: var(--muted); }
        form.view select, form.view input { font: inherit; color: var(--ink); }
        .figure { border: 1px solid var(--rule); border-radius: 6px; overflow: hidden; background: #fff; margin: 0.5rem 0; }
        .figure svg { display: block; width: 100%; height: auto; max-height: 80vh; cursor: grab; }
        .figure a:hover path, .figure a:focus path { stroke-width: 4px; }
        .refused { padding: 1rem; color: #922b21; }
        .caption { color: var(--muted); font-size: 0.9rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.5rem 0 1.5rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); }
        th { background: var(--shade); }
        td.date { white-space: nowrap; }
        .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
        .claim { border-left: 4px solid var(--rule); padding: 0.25rem 0.75rem; margin: 0.75rem 0; }
        .claim:target { background: var(--mark); }
        .claim .quote { font-family: Georgia, "DejaVu Serif", serif; }
        .status { font-weight: bold; text-transform: uppercase; font-size: 0.8rem; letter-spacing: 0.03em; }
        .status-denied, .status-not-observed { color: #922b21; }
        article.source { font-family: Georgia, "DejaVu Serif", serif; max-width: 46rem; white-space: pre-wrap; line-height: 1.6; }
        article.source mark { background: var(--mark); padding: 0 0.1em; }
        article.source mark:target { outline: 3px solid #e67e22; }
        .steps { display: flex; gap: 1rem; align-items: center; margin: 0.5rem 0; }
        .path { margin: 1rem 0; }
        .path ol { margin: 0.25rem 0; }
        """

    /// Pan and zoom on drawings (wheel, drag, +/-/0 keys) and `/` to search: improvements only.
    static let script = """
        (function () {
          document.querySelectorAll('.figure svg').forEach(function (svg) {
            var box = svg.viewBox.baseVal; if (!box || !box.width) return;
            var start = { x: box.x, y: box.y, w: box.width, h: box.height }, drag = null;
            function zoom(f, cx, cy) { var w = box.width * f, h = box.height * f;
              box.x = cx - (cx - box.x) * f; box.y = cy - (cy - box.y) * f; box.width = w; box.height = h; }
            function point(e) { var r = svg.getBoundingClientRect();
              return { x: box.x + (e.clientX - r.left) / r.width * box.width, y: box.y + (e.clientY - r.top) / r.height * box.height }; }
            svg.addEventListener('wheel', function (e) { e.preventDefault(); var p = point(e); zoom(e.deltaY < 0 ? 0.85 : 1 / 0.85, p.x, p.y); }, { passive: false });
            svg.addEventListener('pointerdown', function (e) { if (e.target.closest('a')) return; drag = { x: e.clientX, y: e.clientY }; svg.setPointerCapture(e.pointerId); });
            svg.addEventListener('pointermove', function (e) { if (!drag) return; var r = svg.getBoundingClientRect();
              box.x -= (e.clientX - drag.x) / r.width * box.width; box.y -= (e.clientY - drag.y) / r.height * box.height; drag = { x: e.clientX, y: e.clientY }; });
            svg.addEventListener('pointerup', function () { drag = null; });
            svg.tabIndex = 0;
            svg.addEventListener('keydown', function (e) { var cx = box.x + box.width / 2, cy = box.y + box.height / 2;
              if (e.key === '+' || e.key === '=') zoom(0.8, cx, cy); else if (e.key === '-') zoom(1.25, cx, cy);
              else if (e.key === '0') { box.x = start.x; box.y = start.y; box.width = start.w; box.height = start.h; } });
          });
          document.addEventListener('keydown', function (e) { var q = document.getElementById('q');
            if (e.key === '/' && document.activeElement !== q) { e.preventDefault(); q.focus(); } });
        })();
        """

    /// A drawing inline, with its title for screen readers, or why there is none.
    static func figure(_ figure: FigureCache.Figure, title: String) -> String {
        switch figure {
        case .refused(let reason):
            return "<div class=\"figure refused\">\(XMLText.escaped(reason))</div>\n"
        case .drawn(let svg):
            return "<div class=\"figure\"><svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" role=\"img\" "
                + "aria-label=\"\(XMLText.escaped(title))\" viewBox=\"\(XMLText.escaped(svg.viewBox))\">"
                + svg.content + "</svg></div>\n"
        }
    }
}
