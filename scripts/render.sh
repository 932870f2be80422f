#!/usr/bin/env bash
# Set-up and the main job: installs what is missing, checks seeds/, renders graphs/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product supplynet
.build/release/supplynet check --data seeds
.build/release/supplynet render --data seeds --out-dir graphs
