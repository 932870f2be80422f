#!/usr/bin/env python3
"""Checks SupplyNet's GraphML and GEXF exports against its JSON export, read with NetworkX.

usage: graphml_check.py NETWORK.graphml NETWORK.json [NETWORK.gexf]

Reads the GraphML with networkx.read_graphml as a MultiDiGraph and checks the node count, the
edge count, every node's name and kind, and every edge's source, target, kind, claim count and
evidence against the JSON. With a GEXF file, reads it with networkx.read_gexf (GEXF 1.3) and
checks its node and edge counts and edge ids. Prints one summary line and exits 0, or prints
every mismatch and exits 1 (2 for bad arguments or unreadable files).
"""

import json
import sys

try:
    import networkx as nx
except ImportError:
    sys.exit("graphml_check: networkx is not installed for this python3; run scripts/test.sh, which installs it")


def check_graphml(path, document, problems):
    graph = nx.read_graphml(path, force_multigraph=True)
    if not isinstance(graph, nx.MultiDiGraph):
        problems.append(f"{path}: read as {type(graph).__name__}, not a directed multigraph")
        return graph
    actors, flows = document["actors"], document["flows"]
    if graph.number_of_nodes() != len(actors):
        problems.append(f"{path}: {graph.number_of_nodes()} nodes, the JSON has {len(actors)} actors")
    if graph.number_of_edges() != len(flows):
        problems.append(f"{path}: {graph.number_of_edges()} edges, the JSON has {len(flows)} flows")
    for actor in actors:
        if actor["id"] not in graph.nodes:
            problems.append(f"{path}: no node {actor['id']!r}")
            continue
        node = graph.nodes[actor["id"]]
        for field in ("name", "kind"):
            if node.get(field) != actor[field]:
                problems.append(f"{path}: node {actor['id']!r} has {field} {node.get(field)!r}, the JSON {actor[field]!r}")
    edges = {key: (source, target, data) for source, target, key, data in graph.edges(keys=True, data=True)}
    for flow in flows:
        if flow["id"] not in edges:
            problems.append(f"{path}: no edge {flow['id']!r}")
            continue
        source, target, data = edges[flow["id"]]
        expected = {
            "source": flow["from"], "target": flow["to"], "kind": flow["kind"],
            "claims": len(flow["claims"]), "evidence": flow["evidence"],
        }
        actual = {
            "source": source, "target": target, "kind": data.get("kind"),
            "claims": data.get("claims"), "evidence": data.get("evidence"),
        }
        for field, value in expected.items():
            if actual[field] != value:
                problems.append(f"{path}: edge {flow['id']!r} has {field} {actual[field]!r}, the JSON {value!r}")
    return graph


def check_gexf(path, document, problems):
    graph = nx.read_gexf(path, version="1.3")
    actors, flows = document["actors"], document["flows"]
    if graph.number_of_nodes() != len(actors):
        problems.append(f"{path}: {graph.number_of_nodes()} nodes, the JSON has {len(actors)} actors")
    if graph.number_of_edges() != len(flows):
        problems.append(f"{path}: {graph.number_of_edges()} edges, the JSON has {len(flows)} flows")
    ids = sorted(data.get("id") for _, _, data in graph.edges(data=True))
    if ids != sorted(flow["id"] for flow in flows):
        problems.append(f"{path}: the edge ids differ from the JSON's flow ids")
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
               f"(name, kind; source, target, kind, claims, evidence)")
    if gexf is not None:
        summary += f"; the GEXF has {gexf.number_of_nodes()} nodes and {gexf.number_of_edges()} edges"
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
