#!/usr/bin/env bash
# The test command: installs what is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# NetworkX, the independent reader Tests/Oracles/graphml_check.py checks the GraphML and GEXF with.
python3 -c 'import networkx' 2>/dev/null || python3 -m pip install --quiet networkx
swift test
