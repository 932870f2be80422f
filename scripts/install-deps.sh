#!/usr/bin/env bash
# Installs what SupplyNet needs that this machine lacks: Graphviz's C library and headers,
# cmark-gfm's (GitHub's CommonMark, for report prose, with its extensions library), pkg-config,
# and the dot command (the benchmark's peer). Safe to run again.
set -euo pipefail

missing=()
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
# libcmark-gfm.pc names the extensions library too, but it comes in a package of its own.
pkg-config --exists libcmark-gfm 2>/dev/null || missing+=(libcmark-gfm-dev)
[ -e /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
# curl: the explorer's end-to-end tests ask the running server with it.
command -v curl >/dev/null || missing+=(curl)
command -v dot >/dev/null || missing+=(graphviz)
# ICU's headers and a C++ compiler: pip builds PyICU, which followthemoney (the FtM oracle) needs.
pkg-config --exists icu-i18n 2>/dev/null || missing+=(libicu-dev)
command -v g++ >/dev/null || missing+=(g++)

if ((${#missing[@]})); then
  echo "installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
