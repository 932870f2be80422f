#!/usr/bin/env python3
"""Answers SupplyNet's path queries with NetworkX, for the differential test (PathOracleTests).

usage: paths_oracle.py QUERIES.json ANSWERS.json

QUERIES.json holds {"graphs": [graph, ...]}, each graph:

    {"name": "multi-3", "undirected": false, "simple": false, "cutoff": 4, "k": 8,
     "nodes": ["a0", "a1", ...],
     "edges": [{"id": "f0", "from": "a0", "to": "a1", "weight": 0.6666666865348816}, ...],
     "pairs": [["a0", "a3"], ...]}

The graph is a MultiDiGraph (a MultiGraph when undirected) with one edge per flow, keyed by its
id. For each graph ANSWERS.json gets:

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
import sys

try:
    import networkx as nx
except ImportError:
    print("paths_oracle: networkx is not installed for this python3; run scripts/test.sh, which installs it", file=sys.stderr)
    sys.exit(3)


def build(graph):
    multi = nx.MultiGraph() if graph["undirected"] else nx.MultiDiGraph()
    multi.add_nodes_from(graph["nodes"])
    for edge in graph["edges"]:
        multi.add_edge(edge["from"], edge["to"], key=edge["id"], weight=edge["weight"])
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
    return {"name": graph["name"], "lengths": lengths, "counts": counts, "cheapest": cheapest, "kcosts": kcosts, "khops": khops}


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
