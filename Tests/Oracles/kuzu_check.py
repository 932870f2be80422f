#!/usr/bin/env python3
"""Loads SupplyNet's Cypher export into Kùzu and checks it against the JSON export.

usage: kuzu_check.py NETWORK.cypher NETWORK.json ANSWERS.json [--pairs N] [--seed S]

Runs NETWORK.cypher (written with --dialect kuzu) in a new Kùzu database in a temporary folder,
timing the load, then checks against NETWORK.json (docs/json-format.md):

- one Actor, Item, Source, Flow and Claim node per record, with every property of the JSON's
  records (names, aliases, quotes, speakers, parties, dates, periods, quantities, review state)
  equal to the JSON's, text compared exactly (minus the control characters other than tab, CR
  and LF, which the export drops);
- one FLOWS_TO relationship, one SENDS and one REACHES per flow, joining the JSON's actors; one
  ABOUT and one CITES per claim, and one PARTY per claim with a party;
- the single-source query of docs/exports.md (the flows whose claims saying it happened cite one
  source only) against the same count from the JSON's claims.

Then, with --pairs N (default 0), picks N ordered pairs of distinct actors with random.Random(S)
(S defaults to 2026), among actors that supply some flow, and asks Kùzu for the fewest FLOWS_TO
hops from each to the other (a SHORTEST recursive match, at most 30 hops), null when none.

ANSWERS.json gets {"loadSeconds", "statements", "singleSource": [flow ids], "pairs": [{"from",
"to", "hops"}]}. Prints one summary line and exits 0, or prints every mismatch and exits 1; 2 for
bad arguments or unreadable files, 3 when kuzu is not installed.
"""

import argparse
import json
import random
import shutil
import sys
import tempfile
import time

try:
    import kuzu
except ImportError:
    print("kuzu_check: kuzu is not installed for this python3; run scripts/test.sh, which installs it", file=sys.stderr)
    sys.exit(3)

AFFIRMING = {"delivered", "offered", "requested", "planned", "alleged"}

SINGLE_SOURCE = """
MATCH (s:Source)<-[:CITES]-(c:Claim)-[:ABOUT]->(f:Flow)
WHERE c.status <> 'denied' AND c.status <> 'not-observed'
WITH f, count(DISTINCT s.id) AS sources
WHERE sources = 1
RETURN f.id ORDER BY f.id
"""

HOPS = """
MATCH p = (a:Actor)-[:FLOWS_TO* SHORTEST 1..30]->(b:Actor)
WHERE a.id = $source AND b.id = $target
RETURN length(p)
"""


def visible(text):
    """What the export keeps of a text: control characters other than tab, CR and LF dropped."""
    if text is None:
        return None
    return "".join(ch for ch in text if ch in "\t\n\r" or not (ord(ch) < 32 or 127 <= ord(ch) < 160))


def rows(connection, query, parameters=None):
    result = connection.execute(query, parameters or {})
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def compare(what, actual, expected, problems):
    for name in sorted(expected):
        want = expected[name]
        if isinstance(want, str):
            want = visible(want)
        elif isinstance(want, list):
            want = [visible(value) for value in want] or None
        got = actual.get(name)
        if got != want:
            problems.append(f"{what}: {name} is {got!r}, the JSON {want!r}")


def check(connection, document, problems):
    def table(label, properties):
        found = {}
        columns = ", ".join(f"n.{name}" for name in properties)
        for row in rows(connection, f"MATCH (n:{label}) RETURN {columns}"):
            record = dict(zip(properties, row))
            found[record["id"]] = record
        return found

    actors = table("Actor", ["id", "name", "kind", "aliases", "parent", "unreviewed"])
    if sorted(actors) != sorted(a["id"] for a in document["actors"]):
        problems.append(f"Actor nodes {sorted(actors)}, the JSON's actors {sorted(a['id'] for a in document['actors'])}")
    for actor in document["actors"]:
        compare(f"actor {actor['id']!r}", actors.get(actor["id"], {}), {
            "name": actor["name"], "kind": actor["kind"], "aliases": actor["aliases"], "parent": actor["parent"],
            "unreviewed": actor.get("unreviewed", False)}, problems)

    items = table("Item", ["id", "name", "category", "aliases"])
    for item in document["items"]:
        compare(f"item {item['id']!r}", items.get(item["id"], {}), {
            "name": item["name"], "category": item["category"], "aliases": item["aliases"]}, problems)
    if len(items) != len(document["items"]):
        problems.append(f"{len(items)} Item nodes, the JSON {len(document['items'])} items")

    sources = table("Source", ["id", "title", "outlet", "date", "date_note", "url", "file", "text"])
    for source in document["sources"]:
        compare(f"source {source['id']!r}", sources.get(source["id"], {}), {
            "title": source["title"], "outlet": source["outlet"], "date": source["date"],
            "date_note": source["dateNote"], "url": source["url"], "file": source["file"],
            "text": source["text"]}, problems)
    if len(sources) != len(document["sources"]):
        problems.append(f"{len(sources)} Source nodes, the JSON {len(document['sources'])} sources")

    flows = table("Flow", ["id", "kind", "supplier", "recipient", "items", "evidence", "claims", "articles", "voices", "parties"])
    if len(flows) != len(document["flows"]):
        problems.append(f"{len(flows)} Flow nodes, the JSON {len(document['flows'])} flows")
    hops = {}
    for row in rows(connection, "MATCH (a:Actor)-[r:FLOWS_TO]->(b:Actor) RETURN r.id, a.id, b.id"):
        hops.setdefault(row[0], []).append((row[1], row[2]))
    chains = {}
    for row in rows(connection, "MATCH (a:Actor)-[:SENDS]->(f:Flow)-[:REACHES]->(b:Actor) RETURN f.id, a.id, b.id"):
        chains.setdefault(row[0], []).append((row[1], row[2]))
    carried = {}
    for row in rows(connection, "MATCH (f:Flow)-[:CARRIES]->(i:Item) RETURN f.id, i.id"):
        carried.setdefault(row[0], set()).add(row[1])
    claims = table("Claim", [
        "id", "flow", "status", "source", "quote", "speaker", "party", "said", "date", "period_from", "period_to",
        "quantity_text", "quantity_low", "quantity_high", "quantity_unit", "unreviewed"])
    cites = dict((row[0], row[1]) for row in rows(connection, "MATCH (c:Claim)-[:CITES]->(s:Source) RETURN c.id, s.id"))
    about = dict((row[0], row[1]) for row in rows(connection, "MATCH (c:Claim)-[:ABOUT]->(f:Flow) RETURN c.id, f.id"))
    party = dict((row[0], row[1]) for row in rows(connection, "MATCH (c:Claim)-[:PARTY]->(a:Actor) RETURN c.id, a.id"))
    claim_count = 0
    for flow in document["flows"]:
        fid = flow["id"]
        ends = [(flow["from"], flow["to"])]
        support = flow["support"]
        compare(f"flow {fid!r}", flows.get(fid, {}), {
            "kind": flow["kind"], "supplier": flow["from"], "recipient": flow["to"], "items": flow["items"],
            "evidence": flow["evidence"], "claims": len(flow["claims"]), "articles": len(support["articles"]),
            "voices": len(support["voices"]), "parties": len(support["parties"])}, problems)
        if hops.get(fid) != ends:
            problems.append(f"flow {fid!r}: FLOWS_TO {hops.get(fid)}, the JSON {ends}")
        if chains.get(fid) != ends:
            problems.append(f"flow {fid!r}: SENDS/REACHES {chains.get(fid)}, the JSON {ends}")
        if carried.get(fid, set()) != set(flow["items"]):
            problems.append(f"flow {fid!r}: CARRIES {sorted(carried.get(fid, set()))}, the JSON {sorted(flow['items'])}")
        for claim in flow["claims"]:
            claim_count += 1
            cid = claim["id"]
            period = claim.get("period") or {}
            quantity = claim.get("quantity") or {}
            compare(f"claim {cid!r}", claims.get(cid, {}), {
                "flow": fid, "status": claim["status"], "source": claim["source"], "quote": claim["quote"],
                "speaker": claim["speaker"], "party": claim["party"], "said": claim["said"], "date": claim["date"],
                "period_from": period.get("from"), "period_to": period.get("to"),
                "quantity_text": quantity.get("text"), "quantity_low": quantity.get("low"),
                "quantity_high": quantity.get("high"), "quantity_unit": quantity.get("unit"),
                "unreviewed": bool(claim.get("unreviewed"))}, problems)
            if about.get(cid) != fid:
                problems.append(f"claim {cid!r}: ABOUT {about.get(cid)!r}, the JSON's flow {fid!r}")
            if cites.get(cid) != claim["source"]:
                problems.append(f"claim {cid!r}: CITES {cites.get(cid)!r}, the JSON {claim['source']!r}")
            if party.get(cid) != claim["party"]:
                problems.append(f"claim {cid!r}: PARTY {party.get(cid)!r}, the JSON {claim['party']!r}")
    if len(claims) != claim_count:
        problems.append(f"{len(claims)} Claim nodes, the JSON {claim_count} claims")

    single = [row[0] for row in rows(connection, SINGLE_SOURCE)]
    expected = sorted(flow["id"] for flow in document["flows"]
                      if len({c["source"] for c in flow["claims"] if c["status"] in AFFIRMING}) == 1)
    if single != expected:
        problems.append(f"single-source flows {single}, the JSON's {expected}")
    return single


def main(arguments):
    parser = argparse.ArgumentParser(usage=__doc__.strip().splitlines()[2].removeprefix("usage: "))
    parser.add_argument("cypher")
    parser.add_argument("json")
    parser.add_argument("answers")
    parser.add_argument("--pairs", type=int, default=0)
    parser.add_argument("--seed", type=int, default=2026)
    try:
        options = parser.parse_args(arguments)
    except SystemExit:
        return 2
    try:
        # newline="": a CR LF inside a quoted string is data, not a line end to translate.
        with open(options.cypher, encoding="utf-8", newline="") as file:
            statements = file.read()
        with open(options.json, encoding="utf-8") as file:
            document = json.load(file)
    except (OSError, ValueError) as error:
        print(f"kuzu_check: cannot read the export: {error}", file=sys.stderr)
        return 2
    folder = tempfile.mkdtemp(prefix="kuzu_check")
    try:
        database = kuzu.Database(f"{folder}/db")
        connection = kuzu.Connection(database)
        start = time.monotonic()
        try:
            results = connection.execute(statements)
        except RuntimeError as error:
            print(f"kuzu_check: Kùzu refused the export: {error}", file=sys.stderr)
            return 1
        load_seconds = time.monotonic() - start
        count = len(results) if isinstance(results, list) else 1
        problems = []
        single = check(connection, document, problems)

        suppliers = sorted({flow["from"] for flow in document["flows"]})
        actors = sorted(actor["id"] for actor in document["actors"])
        generator = random.Random(options.seed)
        pairs = []
        for _ in range(options.pairs if suppliers and len(actors) > 1 else 0):
            source = generator.choice(suppliers)
            target = generator.choice([actor for actor in actors if actor != source])
            answer = rows(connection, HOPS, {"source": source, "target": target})
            pairs.append({"from": source, "to": target, "hops": answer[0][0] if answer else None})
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    with open(options.answers, "w", encoding="utf-8") as file:
        json.dump({"loadSeconds": load_seconds, "statements": count, "singleSource": single, "pairs": pairs}, file, indent=1)
    if problems:
        for problem in problems:
            print(f"kuzu_check: mismatch: {problem}", file=sys.stderr)
        print(f"kuzu_check: {len(problems)} mismatch{'' if len(problems) == 1 else 'es'}", file=sys.stderr)
        return 1
    reached = sum(1 for pair in pairs if pair["hops"] is not None)
    print(f"kuzu_check: ok: kuzu {kuzu.__version__} loaded {count} statements in {load_seconds:.2f} s: "
          f"{len(document['actors'])} actors, {len(document['flows'])} flows, {sum(len(f['claims']) for f in document['flows'])} claims, "
          f"every property matching the JSON; {len(single)} flows rest on one source; "
          f"{len(pairs)} pairs asked, {reached} joined")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
