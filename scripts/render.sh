#!/usr/bin/env bash
# Set-up and the main job: installs what is missing, checks seeds/, renders graphs/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product supplynet
supplynet=.build/release/supplynet

$supplynet check --data seeds
$supplynet render --data seeds --out-dir graphs
# A focus view per main actor: its flows and its neighbours' flows with it.
for actor in IRN RUS USA UKR; do
  $supplynet render --data seeds --focus "$actor" --radius 1 --format dot --format svg \
    --out-dir graphs/focus --name "$actor" --graph-id "focus-$actor"
done
$supplynet timeline --data seeds --out-dir graphs/timeline
# The brief: seeds/report.md with its figures and evidence, one self-contained page.
$supplynet report seeds/report.md --data seeds -o graphs/report.html
