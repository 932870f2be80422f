#!/usr/bin/env python3
"""Checks the extraction evaluation set: articles, gold files and network registries.

Usage: python3 evaluation/extraction/check_gold.py [split ...]   (default: dev test)

For every <slug>.txt in a split there must be a <slug>.gold.yaml beside it, and:
  - the article has the seeds' front matter (title, outlet, published) and 300-600 words of text;
  - every gold sentence occurs verbatim in the article text (after the front matter);
  - every `from`/`to` is an id of the gold's registry or of the gold's own `actors`;
  - kinds, categories and statuses are in SupplyNet's vocabulary;
  - the gold's actor ids are the slug of their name (states: their ISO 3166-1 alpha-3 code) and are not already in the registry;
  - no claim entry is given twice.
Exits 1 and prints file: problem lines when anything fails.
"""
import re
import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

ACTOR_KINDS = {"state", "organization", "armed-group", "company", "person", "public-body"}
FLOW_KINDS = {"transfer", "sanction", "aid", "strike", "cooperation"}
STATUSES = {"delivered", "offered", "requested", "planned", "alleged", "denied", "not-observed"}
CATEGORIES = {
    "drone", "artillery-ammunition", "tank-ammunition", "ammunition", "ballistic-missile",
    "missile", "fighter-aircraft", "trainer-aircraft", "helicopter", "air-defense", "radar",
    "electronics", "military-equipment", "captured-weapons", "technology", "training",
    "financial-aid", "humanitarian-aid",
}
FRONT = re.compile(r"\A---\ntitle: .+\noutlet: .+\npublished: \d{4}(-\d{2}(-\d{2})?)?\n---\n", re.M)


def slug(name):
    """Lowercase ASCII; apostrophes dropped; other runs of non-alphanumerics become '-'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['\u2019]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def registry_ids(path, problems):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    actors = {a["id"] for a in data.get("actors", [])}
    ids = [a["id"] for a in data.get("actors", [])] + [i["id"] for i in data.get("items", [])]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"{path}: id {dup!r} given twice")
    for a in data.get("actors", []):
        if a.get("kind") not in ACTOR_KINDS:
            problems.append(f"{path}: actor {a.get('id')}: unknown kind {a.get('kind')!r}")
        if a.get("parent") is not None and a["parent"] not in actors:
            problems.append(f"{path}: actor {a['id']}: unknown parent {a['parent']!r}")
    for i in data.get("items", []):
        if i.get("category") not in CATEGORIES:
            problems.append(f"{path}: item {i.get('id')}: unknown category {i.get('category')!r}")
    return actors


def registry_path(name):
    if name == "seeds":
        return ROOT / "seeds" / "registry.yaml"
    return HERE / name / "registry.yaml"


def check_article(txt, problems, registries):
    raw = txt.read_text(encoding="utf-8")
    m = FRONT.match(raw)
    if not m:
        problems.append(f"{txt}: front matter is not ---/title/outlet/published/---")
        return 0
    try:
        front = yaml.safe_load(m.group(0).strip().strip("-"))
    except yaml.YAMLError as error:
        problems.append(f"{txt}: front matter is not valid YAML (quote a title with a colon): {error}")
        return 0
    if not isinstance(front, dict) or not all(isinstance(front.get(key), (str, int)) or key == "published" for key in ("title", "outlet")):
        problems.append(f"{txt}: front matter needs title and outlet as text")
    text = raw[m.end():]
    words = len(text.split())
    if not 300 <= words <= 600:
        problems.append(f"{txt}: {words} words, want 300-600")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", txt.stem):
        problems.append(f"{txt}: file name is not a slug")
    gold_path = txt.with_name(txt.stem + ".gold.yaml")
    if not gold_path.exists():
        problems.append(f"{txt}: no {gold_path.name}")
        return 0
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    reg = gold.get("registry")
    if reg not in registries:
        path = registry_path(reg) if isinstance(reg, str) else None
        if path is None or not path.exists():
            problems.append(f"{gold_path}: unknown registry {reg!r}")
            return 0
        registries[reg] = registry_ids(path, problems)
    known = set(registries[reg])
    local = set()
    for a in gold.get("actors") or []:
        aid, name = a.get("id"), a.get("name", "")
        if a.get("kind") == "state":
            if not re.fullmatch(r"[A-Z]{3}", aid or ""):
                problems.append(f"{gold_path}: state {aid!r} must be its ISO 3166-1 alpha-3 code")
        elif aid != slug(name):
            problems.append(f"{gold_path}: actor {aid!r} is not the slug of {name!r} ({slug(name)!r})")
        if aid in known:
            problems.append(f"{gold_path}: actor {aid!r} is already in registry {reg}")
        if aid in local:
            problems.append(f"{gold_path}: actor {aid!r} given twice")
        if a.get("kind") not in ACTOR_KINDS:
            problems.append(f"{gold_path}: actor {aid}: unknown kind {a.get('kind')!r}")
        if not isinstance(a.get("aliases", []), list):
            problems.append(f"{gold_path}: actor {aid}: aliases is not a list")
        if a.get("parent") is not None and a["parent"] not in known | local | {
                x.get("id") for x in gold.get("actors") or []}:
            problems.append(f"{gold_path}: actor {aid}: unknown parent {a['parent']!r}")
        local.add(aid)
    ids = known | local
    used = set()
    seen = set()
    claims = gold.get("claims") or []
    for n, c in enumerate(claims, 1):
        where = f"{gold_path}: claim {n}"
        for end in ("from", "to"):
            if c.get(end) not in ids:
                problems.append(f"{where}: {end} {c.get(end)!r} is in neither the registry nor actors")
            used.add(c.get(end))
        if c.get("kind") not in FLOW_KINDS:
            problems.append(f"{where}: unknown kind {c.get('kind')!r}")
        if "category" in c and c["category"] not in CATEGORIES:
            problems.append(f"{where}: unknown category {c['category']!r}")
        if c.get("status") not in STATUSES:
            problems.append(f"{where}: unknown status {c.get('status')!r}")
        s = c.get("sentence")
        if not isinstance(s, str) or s not in text:
            problems.append(f"{where}: sentence not found verbatim in the article: {s!r}")
        key = (c.get("from"), c.get("to"), c.get("kind"), c.get("category"), c.get("status"), s)
        if key in seen:
            problems.append(f"{where}: duplicate claim")
        seen.add(key)
        extra = set(c) - {"from", "to", "kind", "category", "status", "sentence"}
        if extra:
            problems.append(f"{where}: unknown fields {sorted(extra)}")
    for aid in sorted(local - used):
        problems.append(f"{gold_path}: actor {aid!r} is listed but no claim uses it")
    return len(claims)


def main(argv):
    splits = argv[1:] or ["dev", "test"]
    problems, registries = [], {}
    for split in splits:
        folder = HERE / split
        articles = sorted(folder.glob("*.txt"))
        for g in sorted(folder.glob("*.gold.yaml")):
            if not g.with_name(g.name[: -len(".gold.yaml")] + ".txt").exists():
                problems.append(f"{g}: no article beside it")
        total = sum(check_article(t, problems, registries) for t in articles)
        print(f"{split}: {len(articles)} articles, {total} claims")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
