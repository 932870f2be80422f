#!/usr/bin/env python3
"""Renders a Markdown report with cmark-gfm (GitHub's own parser, through the cmarkgfm package) and
checks what GitHub would show: every figure an <img> of an SVG file beside the Markdown that
parses as XML with a root <svg>; evidence tables that stay tables; and nothing active from the
data (raw HTML is passed through here, unlike on GitHub, so that any would be seen: no tag but
Markdown's own, no event-handler attribute, no link but http(s), relative or #fragment).

Usage: markdown_check.py REPORT.md EXPECTED_FIGURES EXPECTED_TABLES
Prints a JSON summary; exits 1 when a check fails.
"""
import json
import os
import sys
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser

import cmarkgfm
from cmarkgfm.cmark import Options

MARKDOWN_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "a", "img", "em", "strong", "code", "pre", "ul", "ol", "li",
                 "table", "thead", "tbody", "tr", "th", "td", "blockquote", "hr", "br", "del", "input"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def main():
    path, figures, tables = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(path, encoding="utf-8") as file:
        html = cmarkgfm.github_flavored_markdown_to_html(file.read(), options=Options.CMARK_OPT_UNSAFE)
    parser = Tags()
    parser.feed(html)
    problems = []
    images = [attributes.get("src", "") for tag, attributes in parser.tags if tag == "img"]
    for tag, attributes in parser.tags:
        if tag not in MARKDOWN_TAGS:
            problems.append(f"<{tag}> in the rendered Markdown")
        for name, value in attributes.items():
            if name.startswith("on"):
                problems.append(f"<{tag} {name}>")
            if name in ("href", "src") and ":" in (value or "") and not value.startswith(("http://", "https://")):
                problems.append(f"<{tag} {name}={value!r}>")
    if len(images) != figures:
        problems.append(f"{len(images)} images, expected {figures}")
    folder = os.path.dirname(os.path.abspath(path))
    for source in images:
        file = os.path.join(folder, source)
        if not os.path.isfile(file):
            problems.append(f"{source} is not beside the Markdown")
            continue
        root = ElementTree.parse(file).getroot()
        if root.tag != "{http://www.w3.org/2000/svg}svg":
            problems.append(f"{source}: the root is {root.tag}")
        if any(element.tag.endswith("}script") or element.tag.endswith("}foreignObject") for element in root.iter()):
            problems.append(f"{source}: active content")
    table_count = sum(1 for tag, _ in parser.tags if tag == "table")
    if table_count != tables:
        problems.append(f"{table_count} tables, expected {tables}")
    print(json.dumps({"images": images, "tables": table_count, "problems": problems}, indent=1))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
