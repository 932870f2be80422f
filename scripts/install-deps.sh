#!/usr/bin/env bash
# Installs what SupplyNet needs that this machine lacks: Graphviz's C library and headers,
# pkg-config, and the dot command (the benchmark's peer). Safe to run again.
set -euo pipefail

missing=()
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v dot >/dev/null || missing+=(graphviz)

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
