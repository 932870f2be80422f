#!/usr/bin/env python3
"""Checks SupplyNet's GraphML and GEXF exports against its JSON export, read with NetworkX.

usage: graphml_check.py NETWORK.graphml NETWORK.json [NETWORK.gexf]

Reads the GraphML with networkx.read_graphml as a MultiDiGraph and checks that its nodes are
exactly the JSON's actors (those without flows included) and its edges exactly the JSON's flows,
and every attribute of every node and edge against what docs/exports.md derives from the JSON:
the actor's name, kind, aliases and parent; the flow's kind, items, item ids, categories,
evidence, claim counts by status, sources, first and last claim date and strongest claim; and
GraphML's own keys: the node label (the name, for Gephi), the edge label (the item names) and
the flow id as an edge data key named id (for python-igraph). With a
GEXF file, reads it with networkx.read_gexf (GEXF 1.3) and checks the same, plus the labels and
the dates Gephi's timeline uses. Prints one summary line and exits 0, or prints every mismatch
and exits 1 (2 for bad arguments or unreadable files).
"""

import calendar
import json
import sys

try:
    import networkx as nx
except ImportError:
    sys.exit("graphml_check: networkx is not installed for this python3; run scripts/test.sh, which installs it")

STATUSES = ["delivered", "offered", "requested", "planned", "alleged", "denied", "not-observed"]
STRENGTH = {"delivered": 6, "alleged": 5, "planned": 4, "offered": 3, "requested": 2, "not-observed": 1, "denied": 0}


def date_key(date):
    """Orders YYYY, YYYY-MM, YYYY-MM-DD by the first day each can mean, the coarser first."""
    parts = [int(part) for part in date.split("-")]
    return tuple(parts + [0] * (3 - len(parts)))


def last_day(date):
    """The last day a YYYY, YYYY-MM or YYYY-MM-DD date can mean, as YYYY-MM-DD."""
    parts = [int(part) for part in date.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else 12
    day = parts[2] if len(parts) > 2 else calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def unique(values):
    return list(dict.fromkeys(values))


def strongest(claims):
    """The claim with the strongest status; among equals an attributed one, then the first."""
    best = None
    for claim in claims:
        rank = (STRENGTH[claim["status"]], 1 if claim.get("speaker") or claim.get("party") else 0)
        if best is None or rank > best[0]:
            best = (rank, claim)
    return best[1] if best else None


def present(values):
    """docs/exports.md: a value that is absent or empty has no element; counts are always written."""
    return {name: value for name, value in values.items() if value is not None and value != ""}


def node_attributes(actor):
    return present({
        "name": actor["name"], "kind": actor["kind"], "aliases": "; ".join(actor.get("aliases") or []),
        "parent": actor.get("parent"),
    })


def edge_attributes(flow, items):
    claims = flow["claims"]
    dates = [claim["date"] for claim in claims if claim.get("date")]
    best = strongest(claims) or {}
    values = {
        "kind": flow["kind"],
        "items": "; ".join(items[item]["name"] if item in items else item for item in flow["items"]),
        "item_ids": "; ".join(flow["items"]),
        "categories": "; ".join(unique(items[item]["category"] for item in flow["items"] if item in items)),
        "evidence": flow["evidence"],
        "claims": len(claims),
    }
    for status in STATUSES:
        values[status.replace("-", "_")] = sum(1 for claim in claims if claim["status"] == status)
    values.update({
        "sources": len(unique(claim["source"] for claim in claims)),
        "first_date": min(dates, key=date_key) if dates else None,
        "last_date": max(dates, key=lambda date: (last_day(date), len(date))) if dates else None,
        "strongest_quote": best.get("quote"), "strongest_speaker": best.get("speaker"),
        "strongest_source": best.get("source"),
    })
    support = flow["support"]
    values.update({
        "articles": len(support["articles"]), "voices": len(support["voices"]), "parties": len(support["parties"]),
        "voice_names": "; ".join(voice["name"] for voice in support["voices"]),
    })
    return present(values)


def compare(path, what, actual, expected, problems):
    for name in sorted(set(actual) | set(expected)):
        if actual.get(name) != expected.get(name):
            problems.append(f"{path}: {what} has {name} {actual.get(name)!r}, the JSON {expected.get(name)!r}")


def check_graph(path, graph, document, problems, extra=None):
    """Nodes and edges against the JSON's actors and flows, every attribute of each; `extra` adds
    format-specific attributes (GEXF's labels and dates) to what is expected."""
    actors, flows = document["actors"], document["flows"]
    items = {item["id"]: item for item in document["items"]}
    if sorted(graph.nodes) != sorted(actor["id"] for actor in actors):
        problems.append(f"{path}: nodes {sorted(graph.nodes)}, the JSON's actors {sorted(a['id'] for a in actors)}")
    edges = {}
    # read_gexf gives a simple DiGraph when no two edges join the same actors.
    triples = graph.edges(keys=True, data=True) if graph.is_multigraph() else (
        (source, target, None, data) for source, target, data in graph.edges(data=True))
    for source, target, key, data in triples:
        edges[data.get("id", key)] = (source, target, data)
    if sorted(edges) != sorted(flow["id"] for flow in flows):
        problems.append(f"{path}: edges {sorted(edges)}, the JSON's flows {sorted(f['id'] for f in flows)}")
    for actor in actors:
        if actor["id"] in graph.nodes:
            expected = node_attributes(actor)
            if extra:
                expected.update(extra("node", actor))
            compare(path, f"node {actor['id']!r}", dict(graph.nodes[actor["id"]]), expected, problems)
    for flow in flows:
        if flow["id"] not in edges:
            continue
        source, target, data = edges[flow["id"]]
        if (source, target) != (flow["from"], flow["to"]):
            problems.append(f"{path}: edge {flow['id']!r} joins {source!r} to {target!r}, the JSON {flow['from']!r} to {flow['to']!r}")
        expected = edge_attributes(flow, items)
        if extra:
            expected.update(extra("edge", flow))
        if data.get("id", flow["id"]) != flow["id"]:
            problems.append(f"{path}: edge {flow['id']!r} has id {data['id']!r}")
        compare(path, f"edge {flow['id']!r}", {k: v for k, v in data.items() if k != "id"}, expected, problems)


def gexf_extras(document):
    """GEXF's own attributes: labels (xsd:token) and the timeline's starts."""
    items = {item["id"]: item for item in document["items"]}
    published = {source["id"]: last_day(source["date"]) for source in document["sources"]}
    starts = {}
    for flow in document["flows"]:
        dates = [published[claim["source"]] for claim in flow["claims"] if claim["source"] in published]
        starts[flow["id"]] = min(dates) if dates else None
    node_starts = {}
    for flow in document["flows"]:
        for end in (flow["from"], flow["to"]):
            if starts[flow["id"]] and (end not in node_starts or starts[flow["id"]] < node_starts[end]):
                node_starts[end] = starts[flow["id"]]

    def token(text):
        return " ".join(text.split())

    def extra(domain, record):
        if domain == "node":
            return present({"label": token(record["name"]), "start": node_starts.get(record["id"])})
        names = ", ".join(items[item]["name"] if item in items else item for item in record["items"])
        return present({"label": token(names), "start": starts[record["id"]]})
    return extra


def graphml_extras(document):
    """GraphML's own keys: a node's label (its name, for Gephi) and an edge's label (its item
    names); the edge's id data key (the flow id, for igraph) is checked with the edge."""
    items = {item["id"]: item for item in document["items"]}

    def extra(domain, record):
        if domain == "node":
            return present({"label": record["name"]})
        return present({"label": ", ".join(items[item]["name"] if item in items else item for item in record["items"])})
    return extra


def check_graphml(path, document, problems):
    graph = nx.read_graphml(path, force_multigraph=True)
    if not isinstance(graph, nx.MultiDiGraph):
        problems.append(f"{path}: read as {type(graph).__name__}, not a directed multigraph")
        return graph
    check_graph(path, graph, document, problems, extra=graphml_extras(document))
    # The flow id is a data key too, for readers (python-igraph) that drop <edge id>.
    with open(path, encoding="utf-8") as file:
        text = file.read()
    if '<key id="edge_id" for="edge" attr.name="id" attr.type="string"/>' not in text:
        problems.append(f"{path}: no edge key named id")
    return graph


def check_gexf(path, document, problems):
    graph = nx.read_gexf(path, version="1.3")
    check_graph(path, graph, document, problems, extra=gexf_extras(document))
    return graph


def main(arguments):
    if len(arguments) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    graphml_path, json_path = arguments[0], arguments[1]
    gexf_path = arguments[2] if len(arguments) == 3 else None
    try:
        with open(json_path, encoding="utf-8") as file:
            document = json.load(file)
    except (OSError, ValueError) as error:
        print(f"graphml_check: cannot read {json_path}: {error}", file=sys.stderr)
        return 2
    problems = []
    try:
        graphml = check_graphml(graphml_path, document, problems)
        gexf = check_gexf(gexf_path, document, problems) if gexf_path else None
    except Exception as error:  # a parse error is a failed check, reported as one
        print(f"graphml_check: networkx could not read the export: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    if problems:
        for problem in problems:
            print(f"graphml_check: mismatch: {problem}", file=sys.stderr)
        print(f"graphml_check: {len(problems)} mismatch{'' if len(problems) == 1 else 'es'}", file=sys.stderr)
        return 1
    summary = (f"graphml_check: ok: networkx {nx.__version__} read {graphml.number_of_nodes()} nodes and "
               f"{graphml.number_of_edges()} edges from the GraphML, matching the JSON's actors and flows "
               f"in every attribute")
    if gexf is not None:
        summary += f"; the GEXF has {gexf.number_of_nodes()} nodes and {gexf.number_of_edges()} edges, every attribute, label and start matching"
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
