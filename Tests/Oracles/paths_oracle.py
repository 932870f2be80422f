#!/usr/bin/env python3
"""Answers SupplyNet's path queries with NetworkX, for the differential test (PathOracleTests).

usage: paths_oracle.py QUERIES.json ANSWERS.json

QUERIES.json holds {"graphs": [graph, ...]}, each graph:

    {"name": "multi-3", "undirected": false, "simple": false, "cutoff": 4, "k": 8,
     "nodes": ["a0", "a1", ...],
     "corroboration": "parties",
     "edges": [{"id": "f0", "from": "a0", "to": "a1",
                "claims": [{"status": "delivered", "source": "s0", "speaker": "Kirby", "party": "p0"}, ...]}, ...],
     "pairs": [["a0", "a3"], ...]}

The graph is a MultiDiGraph (a MultiGraph when undirected) with one edge per flow, keyed by its
id, weighted by its claims as docs/paths.md prices them, independently of SupplyNet's code: the
strongest status's cost (delivered 1, alleged 2, planned 3, offered 3, requested 4, not observed 8,
denied 10) divided by 1 + 0.5 (n - 1), n the distinct voices (or parties, with "corroboration":
"parties") among the claims that neither deny nor saw nothing, at least 1. A claim's voice is its
speaker (case and spacing ignored) with its party; its party alone without a speaker; its source
without either. A voice's party is its party, or the voice itself when it has none. Weights are
rounded to 32-bit floats, as SupplyNet stores them. For each graph ANSWERS.json gets:

    weights   each edge's weight, in the order given

    lengths   {source: {target: hops}} for every reachable ordered pair (all_pairs_shortest_path_length)
    counts    per pair, the number of simple edge paths of at most `cutoff` edges
              (len(all_simple_edge_paths(G, s, t, cutoff))): parallel edges count separately
    cheapest  per pair, the least total weight (dijkstra_path_length on the graph collapsed to its
              lightest parallel edge), or null when there is no path
    kcosts    per pair, the weights of the first `k` simple paths by weight: when "simple" (no parallel
              edges), from shortest_simple_paths(G, s, t, weight="weight") (Yen's algorithm);
              otherwise the k least of the weights of all_simple_edge_paths(G, s, t, cutoff)
    khops     per pair, the edge counts of the first `k` simple paths by hops: when "simple", from
              shortest_simple_paths(G, s, t); otherwise the k least of all_simple_edge_paths(cutoff)

Path weights are summed first edge first, as SupplyNet sums them. Exits 0 having written the
answers, 2 for bad arguments, 3 when networkx is missing.
"""

import json
import struct
import sys

try:
    import networkx as nx
except ImportError:
    print("paths_oracle: networkx is not installed for this python3; run scripts/test.sh, which installs it", file=sys.stderr)
    sys.exit(3)


STATUS_COST = {"delivered": 1, "alleged": 2, "planned": 3, "offered": 3, "requested": 4, "not-observed": 8, "denied": 10}
STRENGTH = {"delivered": 6, "alleged": 5, "planned": 4, "offered": 3, "requested": 2, "not-observed": 1, "denied": 0}


def voice(claim):
    speaker = " ".join((claim.get("speaker") or "").lower().split())
    if speaker or claim.get("party"):
        return ("voice", speaker, claim.get("party") or "")
    return ("outlet", claim["source"])


def party(voice_key):
    if voice_key[0] == "voice" and voice_key[2]:
        return ("party", voice_key[2])
    return voice_key


def weight(edge, corroboration):
    claims = edge["claims"]
    strongest = max(claims, key=lambda claim: STRENGTH[claim["status"]])["status"]
    affirming = [claim for claim in claims if claim["status"] not in ("denied", "not-observed")]
    voices = {voice(claim) for claim in affirming}
    counted = voices if corroboration == "voices" else {party(key) for key in voices}
    value = STATUS_COST[strongest] / (1 + 0.5 * (max(1, len(counted)) - 1))
    return struct.unpack("f", struct.pack("f", value))[0]


def build(graph):
    multi = nx.MultiGraph() if graph["undirected"] else nx.MultiDiGraph()
    multi.add_nodes_from(graph["nodes"])
    for edge in graph["edges"]:
        multi.add_edge(edge["from"], edge["to"], key=edge["id"], weight=weight(edge, graph["corroboration"]))
    return multi


def collapsed(multi, undirected):
    """The same graph with each set of parallel edges replaced by its lightest."""
    simple = nx.Graph() if undirected else nx.DiGraph()
    simple.add_nodes_from(multi.nodes)
    for source, target, weight in multi.edges(data="weight"):
        if not simple.has_edge(source, target) or weight < simple[source][target]["weight"]:
            simple.add_edge(source, target, weight=weight)
    return simple


def path_weight(multi, edge_path):
    total = 0.0
    for source, target, key in edge_path:
        total += multi.edges[source, target, key]["weight"]
    return total


def first(iterator, count):
    result = []
    for item in iterator:
        if len(result) == count:
            break
        result.append(item)
    return result


def answer(graph):
    multi = build(graph)
    undirected, cutoff, k = graph["undirected"], graph["cutoff"], graph["k"]
    light = collapsed(multi, undirected)
    lengths = {source: dict(targets) for source, targets in nx.all_pairs_shortest_path_length(multi)}
    counts, cheapest, kcosts, khops = [], [], [], []
    for source, target in graph["pairs"]:
        edge_paths = list(nx.all_simple_edge_paths(multi, source, target, cutoff=cutoff))
        counts.append(len(edge_paths))
        try:
            cheapest.append(nx.dijkstra_path_length(light, source, target, weight="weight"))
        except nx.NetworkXNoPath:
            cheapest.append(None)
        if graph["simple"]:
            try:
                by_weight = first(nx.shortest_simple_paths(light, source, target, weight="weight"), k)
                by_hops = first(nx.shortest_simple_paths(light, source, target), k)
            except nx.NetworkXNoPath:
                by_weight, by_hops = [], []
            kcosts.append([nx.path_weight(light, path, weight="weight") for path in by_weight])
            khops.append([len(path) - 1 for path in by_hops])
        else:
            kcosts.append(sorted(path_weight(multi, path) for path in edge_paths)[:k])
            khops.append(sorted(len(path) for path in edge_paths)[:k])
    weights = [weight(edge, graph["corroboration"]) for edge in graph["edges"]]
    return {"name": graph["name"], "weights": weights, "lengths": lengths, "counts": counts, "cheapest": cheapest, "kcosts": kcosts, "khops": khops}


def main(arguments):
    if len(arguments) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as file:
        queries = json.load(file)
    answers = {"networkx": nx.__version__, "graphs": [answer(graph) for graph in queries["graphs"]]}
    with open(arguments[1], "w", encoding="utf-8") as file:
        json.dump(answers, file)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
