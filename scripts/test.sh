#!/usr/bin/env bash
# The test command: installs what is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Chromium and its driver from Debian, for the browser test of graphs/report.html.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "installing: chromium chromium-driver" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium chromium-driver >&2
fi
# The Python oracles: NetworkX reads the GraphML and GEXF; Selenium drives Chromium; cmarkgfm is
# GitHub's Markdown parser, which reads the Markdown report; jsonschema checks the JSON exports
# against docs/network.schema.json; kuzu (the embedded graph database) loads the Cypher export;
# igraph (python-igraph) reads the GraphML; followthemoney (OCCRP's reference implementation, with
# its `ftm` command) validates the FollowTheMoney export; pip builds its PyICU from source, against
# libicu-dev (scripts/install-deps.sh), in a few minutes the first time.
for module in networkx selenium cmarkgfm jsonschema kuzu igraph followthemoney; do
  python3 -c "import $module" 2>/dev/null || python3 -m pip install --quiet "$module"
done
swift test
# The DocC catalogs of SupplyNet and GraphvizKit: every symbol link and parameter documented, or the run fails.
swift package --disable-sandbox generate-documentation --target SupplyNet --target GraphvizKit --warnings-as-errors
