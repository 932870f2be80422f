#!/usr/bin/env bash
# The explorer under load: `supplynet serve` (release build) against a minimal server that spawns
# `dot -Tsvg` per request (spawn_dot_server.py), measured with wrk in the same run.
#
#   cached seed view     `/` over and over (its figure drawn once)
#   uncached seed views  `/?as-of=DATE[&group=pair][&kind=transfer]`, over 11,200 distinct views,
#                        so every request misses the figure cache and draws with Graphviz
#   100,000 flows        `supplynet generate --flows 100000`, served: `/` (the layout size guard
#                        refuses the drawing) and `/actor/ID` (a focused view, drawn, then cached)
#   the peer             any GET: `dot -Tsvg` on the seed network's DOT in a new process
#   memory               the explorer's VmRSS before and after 10,000 more uncached renders
#
# Usage: Benchmarks/serve/compare.sh [SECONDS]   (each wrk run; 15 by default)
# (SUPPLYNET=path/to/supplynet and RENDERS=N change the binary and the memory run, for a dry run)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH=${1:-15}
WRK="wrk --latency -t 2 -c 16 -d ${SECONDS_EACH}s --timeout 10s"
BIN=${SUPPLYNET:-.build/release/supplynet}
RENDERS=${RENDERS:-10000}
HERE=Benchmarks/serve

command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }; }
[ -x "$BIN" ] || swift build -c release --product supplynet
WORK=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

# start NAME COMMAND...: runs a server in the background, waits for the address it prints first.
start() {
  local name=$1; shift
  "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
  PIDS+=($!)
  eval "${name}_pid=$!"
  for _ in $(seq 600); do
    if [ -s "$WORK/$name.out" ]; then eval "${name}_url=$(head -1 "$WORK/$name.out")"; return; fi
    sleep 0.1
  done
  echo "$name did not start: $(cat "$WORK/$name.err")" >&2; exit 1
}
rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }

# measure LABEL URL [LUA_SCRIPT]: one wrk run; keeps requests/s, p50, p99.
declare -A RPS P50 P99
measure() {
  local label=$1 url=$2; shift 2
  echo "== $label: $url $*"
  if [ $# -gt 0 ]; then
    UNCACHED_PATHS=$UNCACHED_PATHS WRK_THREADS=$WRK_THREADS $WRK -s "$1" "$url" | tee "$WORK/wrk.txt"
  else
    $WRK "$url" | tee "$WORK/wrk.txt"
  fi
  RPS[$label]=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk.txt")
  P50[$label]=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
  P99[$label]=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
  if grep -q -e "Non-2xx" -e "Socket errors" "$WORK/wrk.txt"; then echo "!! $label: errors or non-2xx answers (above)"; fi
}

# The uncached views: 2,800 as-of dates (2022-03-01 on; the seeds are dated 2022-2023, so later
# dates draw the whole network) times four view variants.
python3 - "$WORK/uncached.txt" <<'PY'
import datetime, sys
start = datetime.date(2022, 3, 1)
variants = ["", "&group=pair", "&kind=transfer", "&group=pair&kind=transfer"]
with open(sys.argv[1], "w") as out:
    for day in range(2800):
        for variant in variants:
            out.write(f"/?as-of={start + datetime.timedelta(days=day)}{variant}\n")
PY

echo "machine: $(nproc) cores, $(uname -sr); $(dot -V 2>&1); wrk: 2 threads, 16 connections, ${SECONDS_EACH} s a run"
start seed "$BIN" serve --data seeds --port 0
curl -s -o /dev/null "${seed_url}"
RSS_START=$(rss "$seed_pid")
measure cached "${seed_url}"
UNCACHED_PATHS="$WORK/uncached.txt" WRK_THREADS=2 measure uncached "${seed_url}" "$HERE/uncached.lua"

# Memory under sustained load: $RENDERS (10,000) more uncached renders (views not asked above), 4 clients.
tail -n "$RENDERS" "$WORK/uncached.txt" | sed 's/$/\&status=alleged/' >"$WORK/memory.txt"
RSS_BEFORE=$(rss "$seed_pid")
python3 - "$seed_url" "$WORK/memory.txt" <<'PY'
import http.client, sys, threading, time, urllib.parse
address = urllib.parse.urlsplit(sys.argv[1])
paths = open(sys.argv[2]).read().split()
failures = []
def client(part):
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
    for path in paths[part::4]:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.status != 200: failures.append((path, response.status))
started = time.monotonic()
threads = [threading.Thread(target=client, args=(part,)) for part in range(4)]
for thread in threads: thread.start()
for thread in threads: thread.join()
print(f"memory run: {len(paths)} uncached renders in {time.monotonic() - started:.1f} s, {len(failures)} not 200 {failures[:3]}")
PY
RSS_AFTER=$(rss "$seed_pid")
echo "explorer VmRSS: ${RSS_START} KiB after the first page, ${RSS_BEFORE} KiB before the $RENDERS renders, ${RSS_AFTER} KiB after"
kill -TERM "$seed_pid"

# 100,000 flows.
"$BIN" generate --flows 100000 -o "$WORK/big.jsonl" 2>/dev/null
ACTOR=$(python3 -c 'import json,sys
for line in open(sys.argv[1]):
    record = json.loads(line)
    if record.get("type") == "actor": print(record["id"]); break' "$WORK/big.jsonl")
start big "$BIN" serve --data "$WORK/big.jsonl" --port 0
echo "100,000 flows: server up, VmRSS $(rss "$big_pid") KiB; first /actor/$ACTOR: $(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes %{time_total} s' "${big_url}actor/$ACTOR")"
echo "100,000 flows: first /: $(curl -s -o /dev/null -w '%{http_code} %{size_download} bytes %{time_total} s' "${big_url}")"
measure big-overview "${big_url}"
measure big-actor "${big_url}actor/$ACTOR"
echo "100,000 flows: VmRSS $(rss "$big_pid") KiB after both runs ($(awk '/VmHWM/ {print $2}' "/proc/$big_pid/status") KiB at most)"
kill -TERM "$big_pid"

# The peer: dot per request on the seed network.
"$BIN" render --data seeds --format dot -o - >"$WORK/seeds.dot"
start peer python3 "$HERE/spawn_dot_server.py" "$WORK/seeds.dot"
measure spawn-dot "${peer_url}"

echo
echo "| view | requests/s | p50 | p99 |"
echo "| --- | ---: | ---: | ---: |"
for label in cached uncached big-overview big-actor spawn-dot; do
  echo "| $label | ${RPS[$label]} | ${P50[$label]} | ${P99[$label]} |"
done
ratio() { python3 -c "print(f'{float(\"$1\") / float(\"$2\"):.1f}')"; }
echo
echo "cached / spawn-dot throughput:   $(ratio "${RPS[cached]}" "${RPS[spawn-dot]}")x"
echo "uncached / spawn-dot throughput: $(ratio "${RPS[uncached]}" "${RPS[spawn-dot]}")x"
echo "memory: ${RSS_BEFORE} -> ${RSS_AFTER} KiB after $RENDERS uncached renders ($(( (RSS_AFTER - RSS_BEFORE) / 1024 )) MiB more)"
