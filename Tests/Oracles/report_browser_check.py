#!/usr/bin/env python3
"""Loads an HTML report in headless Chromium (Debian's chromium and chromium-driver, driven by
Selenium) and checks it from the rendered page, as a reader's browser shows it:

- every figure is there, its SVG drawn with a non-zero size, with role="img", a title and a description;
- no two elements share an id;
- every edge of every figure links to an evidence row that exists (and every row group is reached,
  the rows of an edge that stands for several flows, "[3–8] 6 flows", through its first),
  and every other link within the page (rows back to figures, rows to sources) finds its target;
- there is no script, no event-handler attribute, no javascript: link;
- the console shows no errors (a fetch the page's Content-Security-Policy blocks is one).

Saves a full-page screenshot (PNG) and a PDF print into the output folder, and prints a JSON
summary. Exits 1 when a check fails, 2 when the browser cannot be started.

Usage: report_browser_check.py REPORT.html OUTPUT_FOLDER EXPECTED_FIGURES
"""
import base64
import json
import os
import sys

import headless_chromium
from selenium.webdriver.common.print_page_options import PrintOptions

CHECKS = r"""
const problems = [];
const figures = [...document.querySelectorAll('figure.report-figure')];
const sizes = figures.map(figure => {
  const svg = figure.querySelector(':scope > .graph > svg');
  if (!svg) { problems.push(`${figure.id}: no svg`); return null; }
  const box = svg.getBoundingClientRect();
  if (!(box.width > 0 && box.height > 0)) problems.push(`${figure.id}: the svg is ${box.width}x${box.height}`);
  if (svg.getAttribute('role') !== 'img') problems.push(`${figure.id}: the svg has no role="img"`);
  const labelled = (svg.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean);
  const title = svg.querySelector(':scope > title'), desc = svg.querySelector(':scope > desc');
  if (!title || !title.textContent.trim() || !labelled.includes(title.id)) problems.push(`${figure.id}: no title naming the svg`);
  if (!desc || !desc.textContent.trim() || !labelled.includes(desc.id)) problems.push(`${figure.id}: no description of the svg`);
  if (!svg.getAttribute('viewBox')) problems.push(`${figure.id}: no viewBox`);
  if (!figure.querySelector('.legend li')) problems.push(`${figure.id}: no legend`);
  return {id: figure.id, width: box.width, height: box.height};
});
const counts = new Map();
for (const element of document.querySelectorAll('[id]')) counts.set(element.id, (counts.get(element.id) || 0) + 1);
const duplicates = [...counts].filter(([, count]) => count > 1).map(([id]) => id);
if (duplicates.length) problems.push(`duplicate ids: ${duplicates.slice(0, 10).join(', ')}`);
let edges = 0, links = 0;
const reached = new Set();
for (const figure of figures) {
  for (const edge of figure.querySelectorAll('g.edge')) {
    edges += 1;
    const anchors = [...edge.querySelectorAll('a')];
    if (!anchors.length) { problems.push(`${edge.id}: an edge without a link to its evidence`); continue; }
    for (const anchor of anchors) {
      links += 1;
      const href = anchor.getAttribute('href') || anchor.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '';
      const target = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
      if (!target || !target.closest('table.evidence')) { problems.push(`${edge.id}: links to ${href}, which is no evidence row`); continue; }
      reached.add(target.id);
    }
    // An edge for several flows ([3–8, 12] 7 flows) links to its first rows; the rest follow it.
    const label = edge.querySelector('text') ? [...edge.querySelectorAll('text')].map(t => t.textContent).join(' ') : '';
    const range = /^\[([0-9–, ]+)\]/.exec(label.trim());
    if (edge.classList.contains('aggregate') && range && anchors.length) {
      const first = (anchors[0].getAttribute('href') || anchors[0].getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '').replace(/-[0-9]+$/, '-');
      for (const part of range[1].split(',')) {
        const [low, high] = part.trim().split('–').map(Number);
        for (let n = low; n <= (high || low); n++) reached.add(first.slice(1) + n);
      }
    }
  }
}
for (const group of document.querySelectorAll('table.evidence tbody[id]')) {
  if (!reached.has(group.id)) problems.push(`evidence ${group.id} is not linked from its figure`);
}
for (const anchor of document.querySelectorAll('a[href^="#"]')) {
  if (!document.getElementById(anchor.getAttribute('href').slice(1))) problems.push(`a link to ${anchor.getAttribute('href')}, which is nowhere`);
}
if (document.querySelector('script')) problems.push('a script element');
for (const element of document.querySelectorAll('*')) {
  for (const attribute of element.attributes) {
    if (/^on/i.test(attribute.name)) problems.push(`${element.tagName} has ${attribute.name}`);
    if (/href$/i.test(attribute.name) && /^\s*javascript:/i.test(attribute.value)) problems.push(`${element.tagName} links to javascript:`);
  }
}
return {figures: sizes, duplicates, edges, links, rows: document.querySelectorAll('table.evidence tbody tr').length,
        height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth, problems};
"""


def main():
    report, output, expected = os.path.abspath(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    os.makedirs(output, exist_ok=True)
    try:
        driver = headless_chromium.start(console=True)
    except Exception as error:  # the browser is missing or cannot start
        print(f"cannot start chromium: {error}", file=sys.stderr)
        return 2
    try:
        driver.get("file://" + report)
        result = driver.execute_script(CHECKS)
        console = [entry for entry in driver.get_log("browser") if entry.get("level") in ("SEVERE", "ERROR")]
        if console:
            result["problems"].append("console errors: " + "; ".join(entry["message"] for entry in console[:5]))
        if len(result["figures"]) != expected:
            result["problems"].append(f"{len(result['figures'])} figures, expected {expected}")
        if result["links"] == 0:
            result["problems"].append("no edge links at all")
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                                "clip": {"x": 0, "y": 0, "width": result["width"], "height": result["height"], "scale": 1}})
        with open(os.path.join(output, "report.png"), "wb") as file:
            file.write(base64.b64decode(shot["data"]))
        top = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
        with open(os.path.join(output, "report-top.png"), "wb") as file:
            file.write(base64.b64decode(top["data"]))
        print_options = PrintOptions()
        print_options.background = True
        pdf = driver.print_page(print_options)
        with open(os.path.join(output, "report.pdf"), "wb") as file:
            file.write(base64.b64decode(pdf))
        result["console"] = len(console)
        result["pdfBytes"] = os.path.getsize(os.path.join(output, "report.pdf"))
    finally:
        driver.quit()
    print(json.dumps(result, indent=1))
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
