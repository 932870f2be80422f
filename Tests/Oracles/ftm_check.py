#!/usr/bin/env python3
"""Checks SupplyNet's FollowTheMoney export with the reference implementation (followthemoney 4.x).

usage: ftm_check.py ENTITIES.ftm.json [NETWORK.json]

1. Runs `ftm validate` (the package's CLI) on the file: it must exit 0, and give back every
   entity with every value unchanged (FtM drops a value it cannot clean, so a dropped or altered
   value is a value SupplyNet wrote wrong).
2. With the model: every schema exists and is not abstract, every required property is there,
   every entity reference points at an entity of the file whose schema is in the property's range,
   and ids are unique.
3. With NETWORK.json (SupplyNet's JSON export of the same network): every actor is an entity of
   the schema docs/exports.md names, with its name; every source an Article; every claim an
   interval with its quote (as FtM keeps text), status, source and flow.

Prints one summary line and exits 0, or prints every problem and exits 1 (2 for bad arguments).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

try:
    from followthemoney import model
    from followthemoney.types import registry
except ImportError:
    sys.exit("ftm_check: followthemoney is not installed for this python3; run scripts/test.sh, which installs it")

SCHEMA_OF_KIND = {
    "state": ("PublicBody", "state"),
    "organization": ("Organization", None),
    "armed-group": ("Organization", "armed group"),
    "company": ("Company", None),
    "person": ("Person", None),
    "public-body": ("PublicBody", None),
}


def kept(text, name=False):
    """The value FtM keeps of `text` (None when nothing), by its own cleaning."""
    return (registry.name if name else registry.text).clean(text)


def ftm_command():
    """The `ftm` CLI beside this python3, else on the PATH."""
    beside = os.path.join(os.path.dirname(sys.executable), "ftm")
    if os.access(beside, os.X_OK):
        return [beside]
    found = shutil.which("ftm")
    if found:
        return [found]
    sys.exit("ftm_check: the ftm command is not installed; run scripts/test.sh, which installs followthemoney")


def read_lines(path):
    entities = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                entities.append((number, json.loads(line)))
    return entities


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path = argv[1]
    problems = []
    entities = read_lines(path)

    # 1. ftm validate keeps everything.
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "validated.json")
        run = subprocess.run(ftm_command() + ["validate", "-i", path, "-o", out], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"ftm_check: ftm validate exited {run.returncode}:\n{run.stderr}", file=sys.stderr)
            return 1
        validated = read_lines(out)
    if len(validated) != len(entities):
        problems.append(f"ftm validate gave back {len(validated)} entities of {len(entities)}")
    for (number, mine), (_, theirs) in zip(entities, validated):
        if mine["id"] != theirs["id"] or mine["schema"] != theirs["schema"]:
            problems.append(f"line {number}: ftm validate gave back {theirs['schema']} {theirs['id']} for {mine['schema']} {mine['id']}")
            continue
        for prop in sorted(set(mine["properties"]) | set(theirs.get("properties", {}))):
            before = mine["properties"].get(prop, [])
            after = theirs.get("properties", {}).get(prop, [])
            if sorted(before) != sorted(after):
                problems.append(f"line {number}: {mine['id']}.{prop}: ftm validate kept {after!r} of {before!r}")

    # 2. The model: schemata, required properties, references and their ranges.
    by_id = {}
    counts = {}
    for number, entity in entities:
        if entity["id"] in by_id:
            problems.append(f"line {number}: id {entity['id']} repeats")
        by_id[entity["id"]] = entity
        counts[entity["schema"]] = counts.get(entity["schema"], 0) + 1
    for number, entity in entities:
        schema = model.get(entity["schema"])
        if schema is None or schema.abstract:
            problems.append(f"line {number}: {entity['id']}: no concrete schema {entity['schema']}")
            continue
        for required in schema.required:
            if not entity["properties"].get(required):
                problems.append(f"line {number}: {entity['id']}: {schema.name} needs {required}")
        for name, values in entity["properties"].items():
            prop = schema.get(name)
            if prop is None:
                problems.append(f"line {number}: {entity['id']}: {schema.name} has no property {name}")
                continue
            if prop.type.name != "entity":
                continue
            for value in values:
                target = by_id.get(value)
                if target is None:
                    problems.append(f"line {number}: {entity['id']}.{name} refers to {value}, which is not in the file")
                elif not model.get(target["schema"]).is_a(prop.range):
                    problems.append(f"line {number}: {entity['id']}.{name} refers to a {target['schema']}, not a {prop.range.name}")

    # 3. Against the JSON export.
    if len(argv) == 3:
        with open(argv[2], encoding="utf-8") as handle:
            network = json.load(handle)
        check_network(network, by_id, problems)

    if problems:
        print("ftm_check: mismatch: " + str(len(problems)) + " problems", file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    summary = ", ".join(f"{counts[name]} {name}" for name in sorted(counts))
    print(f"ftm_check: ok: {len(entities)} entities ({summary}); ftm validate kept every value")
    return 0


def encode(kind, id):
    """FollowTheMoneyID: bytes outside A-Z a-z 0-9 - (and a final -) as .xx."""
    data = id.encode("utf-8")
    body = ""
    for index, byte in enumerate(data):
        char = chr(byte)
        if (char.isascii() and char.isalnum()) or (char == "-" and index < len(data) - 1):
            body += char
        else:
            body += "." + format(byte, "02x")
    return f"supplynet-{kind}-{body or '.00'}"


def check_network(network, by_id, problems):
    names = {actor["id"]: actor["name"] for actor in network["actors"]}
    for actor in network["actors"]:
        entity = by_id.get(encode("actor", actor["id"]))
        schema, form = SCHEMA_OF_KIND[actor["kind"]]
        if entity is None:
            problems.append(f"actor {actor['id']} has no entity")
            continue
        if entity["schema"] != schema or entity["properties"].get("legalForm", [None])[0] != form:
            problems.append(f"actor {actor['id']} ({actor['kind']}) is a {entity['schema']} {entity['properties'].get('legalForm')}")
        name = kept(actor["name"], name=True)
        if entity["properties"].get("name", []) != [name or actor["id"]]:
            problems.append(f"actor {actor['id']} is named {entity['properties'].get('name')}, the JSON {actor['name']!r}")
        if actor.get("parent"):
            member = by_id.get(encode("member", actor["id"]))
            if member is None or member["properties"]["organization"] != [encode("actor", actor["parent"])]:
                problems.append(f"actor {actor['id']}'s group {actor['parent']} has no Membership")
    for source in network["sources"]:
        entity = by_id.get(encode("source", source["id"]))
        if entity is None or entity["schema"] != "Article":
            problems.append(f"source {source['id']} has no Article")
            continue
        if entity["properties"].get("publishedAt") != [source["date"]]:
            problems.append(f"source {source['id']} is dated {entity['properties'].get('publishedAt')}, the JSON {source['date']}")
        text = kept(source["text"])
        if entity["properties"].get("bodyText", []) != ([text] if text else []):
            problems.append(f"source {source['id']}'s text differs")
    claims = 0
    for flow in network["flows"]:
        recorded = flow.get("parts") or [flow]
        claims_by_id = {claim["id"]: claim for claim in flow["claims"]}
        for part in recorded:
            part_claims = [claims_by_id[c] for c in part["claims"]] if "parts" in flow and flow["parts"] else flow["claims"]
            schema = "Sanction" if flow["kind"] == "sanction" else "UnknownLink"
            for claim in part_claims:
                claims += 1
                entity = by_id.get(encode("claim", claim["id"]))
                if entity is None or entity["schema"] != schema:
                    problems.append(f"claim {claim['id']} has no {schema}")
                    continue
                props = entity["properties"]
                quote = kept(claim["quote"])
                expected = {
                    "description": [quote] if quote else [],
                    "status": [claim["status"]],
                    "recordId": [part["id"]],
                    "proof": [encode("source", claim["source"])],
                    "date": [claim["date"]] if claim.get("date") else [],
                }
                if schema == "Sanction":
                    expected["entity"] = [encode("actor", flow["to"])]
                    authority = kept(names.get(flow["from"], flow["from"]))
                    expected["authority"] = [authority] if authority else []
                else:
                    expected["subject"] = [encode("actor", flow["from"])]
                    expected["object"] = [encode("actor", flow["to"])]
                for name, values in expected.items():
                    if props.get(name, []) != values:
                        problems.append(f"claim {claim['id']}: {name} is {props.get(name)!r}, the JSON gives {values!r}")
    intervals = sum(1 for entity in by_id.values() if entity["schema"] in ("UnknownLink", "Sanction"))
    if intervals < claims:
        problems.append(f"{intervals} intervals for {claims} claims")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
