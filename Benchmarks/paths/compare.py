#!/usr/bin/env python3
"""Path queries: SupplyNet against NetworkX (and rustworkx where it installs), same files, one run.

For each size it generates a synthetic network with `supplynet generate` (deterministic), picks
fixed query pairs with a seeded generator, runs each library in its own process and prints, per
size: load time, index build, hop counts (the length alone, NetworkX's shortest_path_length) and
shortest paths (the path itself; SupplyNet's is the cheapest of the fewest-hop paths, with ties
broken by data order) for 100 pairs, simple-path counts with cutoff 4 for
20 pairs, the first 10 shortest simple paths (by evidence cost) for 20 pairs, and peak memory,
with SupplyNet's speed-up over each peer. A phase that runs past --budget seconds stops early and
is reported as a lower bound (">"); a pair of the slow phases (simple paths, k shortest) runs in a
forked child that is killed when the budget runs out, so one endless pair cannot hold up the run.

Usage:
  swift build -c release   # builds supplynet and PathBenchmark
  python3 Benchmarks/paths/compare.py --sizes 1000,10000,100000,1000000
"""
import argparse
import itertools
import json
import os
import random
import resource
import select
import signal
import subprocess
import sys
import time

STRENGTH = {"delivered": 6, "alleged": 5, "planned": 4, "offered": 3, "requested": 2, "not-observed": 1, "denied": 0}
HOP = 1000.0  # more than any path's total evidence cost (at most 10 a hop)
STATUS_COST = {"delivered": 1, "alleged": 2, "planned": 3, "offered": 3, "requested": 4, "not-observed": 8, "denied": 10}


def flow_cost(claims):
    """EvidenceCosts.standard: the strongest claim's status cost over the corroboration factor."""
    strongest = None
    for claim in claims:
        rank = (STRENGTH[claim["status"]], 1 if ("speaker" in claim or "party" in claim) else 0)
        if strongest is None or rank > strongest[0]:
            strongest = (rank, claim["status"])
    sources = []
    for claim in claims:
        if claim["status"] not in ("denied", "not-observed") and claim["source"] not in sources:
            sources.append(claim["source"])
    return STATUS_COST[strongest[1]] / (1 + 0.5 * (max(1, len(sources)) - 1))


def read_records(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


class Budget:
    def __init__(self, seconds):
        self.seconds = seconds
        self.start = time.perf_counter()

    def over(self):
        return time.perf_counter() - self.start > self.seconds

    def elapsed(self):
        return time.perf_counter() - self.start


def run_phase(pairs, budget_seconds, answer):
    """Runs answer(pair) for each pair until the budget is spent; returns (seconds, answers, done)."""
    budget = Budget(budget_seconds)
    answers = []
    for pair in pairs:
        if budget.over():
            break
        answers.append(answer(pair))
    return budget.elapsed(), answers, len(answers)


def answer_in_child(answer, pair, timeout):
    """Runs answer(pair) in a forked copy of this process, killed after `timeout` seconds.

    A single pair of a slow query (one NetworkX simple-path walk at 100k flows took 38 minutes)
    cannot be interrupted from inside Python; a child can. Returns (seconds, answer) with the
    seconds the child measured, or None when it ran out of time.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        start = time.perf_counter()
        result = answer(pair)
        payload = json.dumps([time.perf_counter() - start, result]).encode()
        with os.fdopen(write_end, "wb") as handle:
            handle.write(payload)
        os._exit(0)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], max(timeout, 0.001))
    if not ready:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        return None
    with os.fdopen(read_end, "rb") as handle:
        payload = handle.read()
    os.waitpid(pid, 0)
    seconds, result = json.loads(payload)
    return seconds, result


def run_phase_interruptible(pairs, budget_seconds, answer):
    """As run_phase, but a pair still running when the budget ends is stopped, not waited for.

    The time reported is the sum of the pairs' own times (measured in the children), so the
    cost of forking is not counted against the peer.
    """
    budget = Budget(budget_seconds)
    answers, total = [], 0.0
    for pair in pairs:
        remaining = budget_seconds - budget.elapsed()
        if remaining <= 0:
            break
        outcome = answer_in_child(answer, pair, remaining)
        if outcome is None:
            total += remaining
            break
        total += outcome[0]
        answers.append(outcome[1])
    return total, answers, len(answers)


def worker_networkx(data, pairs, budget):
    import networkx as nx

    start = time.perf_counter()
    graph = nx.MultiDiGraph()
    for record in read_records(data):
        if record["type"] == "actor":
            graph.add_node(record["id"])
        elif record["type"] == "flow":
            graph.add_edge(record["from"], record["to"], key=record["id"], cost=flow_cost(record["claims"]))
    load = time.perf_counter() - start
    start = time.perf_counter()
    collapsed = nx.DiGraph()
    collapsed.add_nodes_from(graph.nodes)
    for tail, head, cost in graph.edges(data="cost"):
        if not collapsed.has_edge(tail, head) or collapsed[tail][head]["cost"] > cost:
            collapsed.add_edge(tail, head, cost=cost)
    index = time.perf_counter() - start

    def distance(pair):
        try:
            return nx.shortest_path_length(graph, pair[0], pair[1])
        except nx.NetworkXNoPath:
            return None

    def shortest(pair):
        try:
            return len(nx.shortest_path(graph, pair[0], pair[1])) - 1
        except nx.NetworkXNoPath:
            return None

    def best(pair):
        # The question SupplyNet's shortest path answers: the cheapest of the fewest-hop paths
        # (a hop weighs more than any path's total cost), by NetworkX's bidirectional Dijkstra.
        try:
            length, path = nx.bidirectional_dijkstra(collapsed, pair[0], pair[1], weight=lambda u, v, d: HOP + d["cost"])
            return [len(path) - 1, length - HOP * (len(path) - 1)]
        except nx.NetworkXNoPath:
            return None

    def simple(pair):
        return sum(1 for _ in nx.all_simple_edge_paths(graph, pair[0], pair[1], cutoff=pairs["cutoff"]))

    def ksp(pair):
        try:
            paths = itertools.islice(nx.shortest_simple_paths(collapsed, pair[0], pair[1], weight="cost"), pairs["k"])
            return [sum(collapsed[a][b]["cost"] for a, b in zip(path, path[1:])) for path in paths]
        except nx.NetworkXNoPath:
            return []

    return finish("networkx", load, index, pairs, budget, [
        ("distance", distance, run_phase, "shortest"), ("shortest", shortest, run_phase, "shortest"),
        ("best", best, run_phase, "shortest"), ("simple", simple, run_phase_interruptible, "simple"),
        ("ksp", ksp, run_phase_interruptible, "ksp")])


def worker_rustworkx(data, pairs, budget):
    import rustworkx as rx

    start = time.perf_counter()
    graph = rx.PyDiGraph(multigraph=True)
    nodes = {}
    for record in read_records(data):
        if record["type"] == "actor":
            nodes[record["id"]] = graph.add_node(record["id"])
        elif record["type"] == "flow":
            graph.add_edge(nodes[record["from"]], nodes[record["to"]], flow_cost(record["claims"]))
    load = time.perf_counter() - start
    index = 0.0

    def distance(pair):
        lengths = rx.digraph_dijkstra_shortest_path_lengths(graph, nodes[pair[0]], lambda _: 1.0, goal=nodes[pair[1]])
        return int(lengths[nodes[pair[1]]]) if nodes[pair[1]] in lengths else None

    def shortest(pair):
        paths = rx.digraph_dijkstra_shortest_paths(graph, nodes[pair[0]], target=nodes[pair[1]], weight_fn=lambda _: 1.0)
        return len(paths[nodes[pair[1]]]) - 1 if nodes[pair[1]] in paths else None

    def simple(pair):
        # On a multigraph rustworkx lists a node path once per combination of parallel edges, so
        # its count is already flow-level; its cutoff counts nodes, one more than hops.
        return len(rx.digraph_all_simple_paths(graph, nodes[pair[0]], nodes[pair[1]], cutoff=pairs["cutoff"] + 1))

    return finish("rustworkx", load, index, pairs, budget, [
        ("distance", distance, run_phase, "shortest"), ("shortest", shortest, run_phase, "shortest"),
        ("simple", simple, run_phase_interruptible, "simple")])


def finish(name, load, index, pairs, budget, phases):
    """Runs each (phase, answer, runner, pair list) in turn. Shortest paths are quick per pair; the
    others may take longer than the whole budget for one pair, so they run interruptibly."""
    result = {"library": name, "load_s": load, "index_s": index}
    for phase, answer, runner, pair_list in phases:
        seconds, answers, done = runner(pairs[pair_list], budget, answer)
        result[phase + "_s"] = seconds
        result[phase] = answers
        result[phase + "_done"] = done
    result["peak_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return result


def choose_pairs(data, seed=2026):
    """Fixed pairs: tails and heads of flows drawn with a seeded generator (hubs come up often)."""
    tails, heads = [], []
    for record in read_records(data):
        if record["type"] == "flow":
            tails.append(record["from"])
            heads.append(record["to"])
    rng = random.Random(seed)

    def draw(count):
        pairs = []
        while len(pairs) < count:
            pair = [rng.choice(tails), rng.choice(heads)]
            if pair[0] != pair[1]:
                pairs.append(pair)
        return pairs

    return {"shortest": draw(100), "simple": draw(20), "ksp": draw(20), "cutoff": 4, "k": 10}


def run_json(command, timeout):
    try:
        output = subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout).stdout
        return json.loads(output.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        return {"error": "timed out after %d s" % timeout}
    except subprocess.CalledProcessError as error:
        return {"error": error.stderr.strip()[-300:]}


def ratio(peer, ours, phase, our_phase=None):
    our_phase = our_phase or phase
    if "error" in peer or phase + "_s" not in peer:
        return "n/a"
    total = len(ours.get(our_phase, [])) or 1
    done = peer.get(phase + "_done", total)
    value = peer[phase + "_s"] / max(ours[our_phase + "_s"], 1e-9)
    return ("%.1fx" % value) if done >= total else (">%.1fx (%d/%d pairs in budget)" % (value * total / max(done, 1), done, total))


def seconds_text(seconds):
    """Three significant digits, in ms below a second."""
    return "%.3g s" % seconds if seconds >= 1 else "%.3g ms" % (seconds * 1000)


def check_answers(ours, peer):
    """The answers both libraries finished must agree."""
    problems = []
    for phase in ("distance", "shortest", "simple"):
        for index, (a, b) in enumerate(zip(ours.get(phase, []), peer.get(phase, []))):
            if a != b:
                problems.append("%s pair %d: supplynet %s, %s %s" % (phase, index, a, peer["library"], b))
    for index, (a, b) in enumerate(zip(ours.get("best", []), peer.get("best", []))):
        if (a is None) != (b is None) or (a and (a[0] != b[0] or abs(a[1] - b[1]) > 1e-4 * max(1, b[1]))):
            problems.append("cheapest shortest pair %d: supplynet %s, %s %s" % (index, a, peer["library"], b))
    for index, (a, b) in enumerate(zip(ours.get("ksp", []), peer.get("ksp", []))):
        if a and b and abs(a[0] - b[0]) > 1e-4 * max(1, b[0]):
            problems.append("ksp pair %d: cheapest cost supplynet %.4f, %s %.4f" % (index, a[0], peer["library"], b[0]))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--workdir", default="/tmp/supplynet-paths-bench")
    parser.add_argument("--supplynet", default=".build/release/supplynet")
    parser.add_argument("--bench", default=".build/release/PathBenchmark")
    parser.add_argument("--budget", type=float, default=120, help="seconds per phase per peer before it stops early")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--pairs", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        pairs = json.load(open(args.pairs))
        worker = {"networkx": worker_networkx, "rustworkx": worker_rustworkx}[args.worker]
        print(json.dumps(worker(args.data, pairs, args.budget)))
        return

    os.makedirs(args.workdir, exist_ok=True)
    peers = ["networkx"]
    try:
        import rustworkx  # noqa: F401
        peers.append("rustworkx")
    except ImportError:
        print("rustworkx is not installed (pip install rustworkx); comparing with NetworkX only", file=sys.stderr)

    failures = []
    for size in [int(text) for text in args.sizes.split(",")]:
        data = os.path.join(args.workdir, "synthetic-%d.jsonl" % size)
        if not os.path.exists(data):
            subprocess.run([args.supplynet, "generate", "--flows", str(size), "-o", data], check=True)
        pairs_path = os.path.join(args.workdir, "pairs-%d.json" % size)
        with open(pairs_path, "w") as handle:
            json.dump(choose_pairs(data), handle)
        ours = run_json([args.bench, "--data", data, "--pairs", pairs_path], args.timeout)
        if "error" in ours:
            sys.exit("supplynet failed at %d flows: %s" % (size, ours["error"]))
        results = {"supplynet": ours}
        for peer in peers:
            results[peer] = run_json(
                [sys.executable, __file__, "--worker", peer, "--data", data, "--pairs", pairs_path, "--budget", str(args.budget)],
                args.timeout)
            failures += ["%d flows: %s" % (size, problem) for problem in check_answers(ours, results[peer])]

        print("\n## %d flows (%s)\n" % (size, os.path.basename(data)))
        print("| measure | supplynet | " + " | ".join(peers) + " | " + " | ".join("speed-up vs " + p for p in peers) + " |")
        print("|---" * (2 + 2 * len(peers)) + "|")
        # (peer's phase, SupplyNet's phase, label): the cheapest shortest path is SupplyNet's
        # shortest path against NetworkX asked the same question.
        for phase, our_phase, label in (
                ("load", "load", "load"), ("index", "index", "index build"),
                ("distance", "distance", "hop count, 100 pairs"),
                ("shortest", "shortest", "shortest path (any vs the cheapest of the fewest-hop paths), 100 pairs"),
                ("best", "shortest", "cheapest of the fewest-hop paths, both, 100 pairs"),
                ("simple", "simple", "simple paths cutoff 4, 20 pairs"), ("ksp", "ksp", "10 shortest simple paths, 20 pairs")):
            cells = [seconds_text(ours[our_phase + "_s"])]
            for peer in peers:
                result = results[peer]
                cells.append(seconds_text(result[phase + "_s"]) if phase + "_s" in result else result.get("error", "n/a"))
            cells += [ratio(results[peer], ours, phase, our_phase) if phase not in ("load", "index") else
                      ("%.1fx" % (results[peer][phase + "_s"] / max(ours[phase + "_s"], 1e-9)) if phase + "_s" in results[peer] and results[peer][phase + "_s"] > 0 else "n/a")
                      for peer in peers]
            print("| " + label + " | " + " | ".join(cells) + " |")
        memory = ["%.0f MiB" % (ours["peak_kib"] / 1024)] + [
            ("%.0f MiB" % (results[p]["peak_kib"] / 1024)) if "peak_kib" in results[p] else "n/a" for p in peers]
        print("| peak memory | " + " | ".join(memory) + " |" + " |" * len(peers))
        print("\nindex: %d bytes, %.1f bytes per flow" % (ours["index_bytes"], ours["index_bytes"] / max(ours["flows"], 1)))
        print("simple-path counts (supplynet): %s" % ours["simple"][:5])
    if failures:
        print("\nANSWERS DIFFER:\n" + "\n".join(failures))
        sys.exit(1)
    print("\nAll answers the peers finished agree with SupplyNet's.")


if __name__ == "__main__":
    main()
