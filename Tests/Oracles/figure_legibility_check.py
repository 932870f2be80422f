#!/usr/bin/env python3
"""Measures figures as a reader sees them, in headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium):

- for an HTML report, in every figure, and for a standalone SVG, in the whole drawing: the
  smallest rendered text (each SVG <text>'s computed font size times the scale of its screen
  CTM), at a 1280 px wide window; for a report also in print, laid out as on an A4 page
  (print media, the page's 182 mm content width), in points;
- overlaps: a label (node or edge text) that covers a node shape other than its own, or another
  figure element's label;
- in a figure or SVG of several panels (a timeline), that every actor sits at the same place in
  every panel that draws it.

Fails (exit 1) when text is smaller than MIN_PX on screen or MIN_PT in print, on any overlap, or
on an actor that moves between panels. Saves a screenshot per file (and the report's PDF) into
the output folder, and prints a JSON summary.

Usage: figure_legibility_check.py OUTPUT_FOLDER FILE.html|FILE.svg ...
"""
import base64
import json
import os
import sys

import headless_chromium
from selenium.webdriver.common.print_page_options import PrintOptions

MIN_PX = 11.0
MIN_PT = 7.0
WINDOW = 1280
# A4 portrait (210 mm) less the report's 12 mm side margins, and A4 landscape (297 mm) less 10 mm
# margins, the page of figures marked wide, at 96 px per inch.
PRINT_WIDTH = round((210 - 24) / 25.4 * 96)
PRINT_WIDTH_WIDE = round((297 - 20) / 25.4 * 96)

MEASURE = r"""
const root = arguments[0];
const scopes = root === 'report'
  ? [...document.querySelectorAll('figure.report-figure')].map(f => ({name: f.id, svgs: [...f.querySelectorAll(':scope > .graph > svg')]}))
  : [{name: 'svg', svgs: [document.documentElement]}];
const results = [];
function scaleOf(element) {
  const m = element.getScreenCTM();
  return m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 0;
}
function box(element) { const r = element.getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height}; }
function overlap(a, b, slack) {
  return a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h;
}
for (const scope of scopes) {
  if (!scope.svgs.length) { results.push({name: scope.name, problems: ['no svg']}); continue; }
  // A figure of several drawings (a report's timeline) has one per panel; a drawing of several
  // panels (growth.svg) nests one <svg> per panel.
  const panels = scope.svgs.length > 1 ? scope.svgs : [...scope.svgs[0].querySelectorAll('svg')];
  const all = selector => scope.svgs.flatMap(svg => [...svg.querySelectorAll(selector)]);
  let smallest = Infinity, smallestText = '', texts = 0;
  const labels = [];
  for (const text of all('text')) {
    if (!text.textContent.trim()) continue;
    const size = parseFloat(getComputedStyle(text).fontSize) * scaleOf(text);
    texts += 1;
    if (size < smallest) { smallest = size; smallestText = text.textContent.trim().slice(0, 40); }
    const owner = text.closest('g.node, g.edge, g.cluster');
    labels.push({text, owner, box: box(text)});
  }
  const shapes = all('g.node').map(node => {
    const shape = node.querySelector('polygon, ellipse, path');
    return shape ? {node, box: box(shape)} : null;
  }).filter(Boolean);
  const overlaps = [];
  for (const label of labels) {
    for (const shape of shapes) {
      if (label.owner === shape.node || label.text.ownerSVGElement !== shape.node.ownerSVGElement) continue;
      if (overlap(label.box, shape.box, 1)) overlaps.push(`"${label.text.textContent.trim().slice(0, 30)}" (${label.owner ? label.owner.id : 'page'}) covers node ${shape.node.id}`);
    }
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i], b = labels[j];
      if (a.owner === b.owner || a.text.ownerSVGElement !== b.text.ownerSVGElement) continue;
      if (overlap(a.box, b.box, 1)) overlaps.push(`"${a.text.textContent.trim().slice(0, 30)}" overlaps "${b.text.textContent.trim().slice(0, 30)}"`);
    }
  }
  // Panels: nested <svg> elements, each a snapshot; an actor's offset within its panel.
  const places = {};
  for (const [index, panel] of panels.entries()) {
    const origin = panel.getBoundingClientRect();
    const scale = scaleOf(panel.querySelector('g') || panel) || 1;
    for (const node of panel.querySelectorAll('g.node[id*="-actor-"]')) {
      const actor = node.id.slice(node.id.indexOf('-actor-') + 7);
      const r = node.querySelector('polygon, ellipse, path').getBoundingClientRect();
      (places[actor] = places[actor] || []).push({panel: index + 1, x: (r.left + r.width / 2 - origin.left) / scale, y: (r.top + r.height / 2 - origin.top) / scale});
    }
  }
  const moved = [];
  for (const [actor, list] of Object.entries(places)) {
    for (const place of list.slice(1)) {
      if (Math.abs(place.x - list[0].x) > 0.5 || Math.abs(place.y - list[0].y) > 0.5) {
        moved.push(`${actor} moves from (${list[0].x.toFixed(1)}, ${list[0].y.toFixed(1)}) in panel ${list[0].panel} to (${place.x.toFixed(1)}, ${place.y.toFixed(1)}) in panel ${place.panel}`);
        break;
      }
    }
  }
  results.push({name: scope.name, texts, smallest: Math.round(smallest * 100) / 100, smallestText, panels: panels.length,
                overlaps, moved, width: box(scope.svgs[0]).w, height: box(scope.svgs[0]).h});
}
for (const [index, scope] of scopes.entries()) {
  const figure = root === 'report' ? document.getElementById(scope.name) : null;
  results[index].wide = !!(figure && figure.classList.contains('wide'));
}
return results;
"""


def driver_for():
    return headless_chromium.start(width=WINDOW, scale=1)


def screenshot(driver, path):
    size = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                            "clip": {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}})
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))


def main():
    output, files = sys.argv[1], [os.path.abspath(path) for path in sys.argv[2:]]
    os.makedirs(output, exist_ok=True)
    try:
        driver = driver_for()
    except Exception as error:  # the browser is missing or cannot start
        print(f"cannot start chromium: {error}", file=sys.stderr)
        return 2
    problems, summary = [], []
    try:
        for path in files:
            name = os.path.basename(path)
            is_report = path.endswith(".html")
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "screen"})
            driver.get("file://" + path)
            screen = driver.execute_script(MEASURE, "report" if is_report else "svg")
            screenshot(driver, os.path.join(output, name + ".png"))
            printed = []
            if is_report:
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": PRINT_WIDTH, "height": 1100, "deviceScaleFactor": 1, "mobile": False})
                printed = driver.execute_script(MEASURE, "report")
                # Wide figures print on landscape pages (@page wide): measured at that page's width.
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                       {"width": PRINT_WIDTH_WIDE, "height": 800, "deviceScaleFactor": 1, "mobile": False})
                landscape = driver.execute_script(MEASURE, "report")
                printed = [wide if wide["wide"] else portrait for portrait, wide in zip(printed, landscape)]
                driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
                driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "screen"})
                options = PrintOptions()
                options.background = True
                with open(os.path.join(output, name + ".pdf"), "wb") as file:
                    file.write(base64.b64decode(driver.print_page(options)))
            for result in screen:
                where = f"{name} {result['name']}"
                problems += [f"{where}: {p}" for p in result.get("problems", [])]
                if result.get("smallest", 0) < MIN_PX:
                    problems.append(f"{where}: text at {result['smallest']} px on a {WINDOW} px window (\"{result['smallestText']}\"), below {MIN_PX} px")
                problems += [f"{where}: {o}" for o in result.get("overlaps", [])]
                problems += [f"{where}: {m}" for m in result.get("moved", [])]
                summary.append({"file": name, "figure": result["name"], "smallestPx": result.get("smallest"),
                                "texts": result.get("texts"), "panels": result.get("panels"), "overlaps": len(result.get("overlaps", []))})
            for result in printed:
                points = round(result["smallest"] * 0.75, 2)
                if points < MIN_PT:
                    problems.append(f"{name} {result['name']}: prints text at {points} pt (\"{result['smallestText']}\"), below {MIN_PT} pt")
                for entry in summary:
                    if entry["file"] == name and entry["figure"] == result["name"]:
                        entry["smallestPrintPt"] = points
    finally:
        driver.quit()
    print(json.dumps({"output": os.path.abspath(output), "figures": summary, "problems": problems}, indent=1))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
