#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# demo.sh - install what is missing, build vmapcheck.so, and compile the
# example driver in examples/ as an out-of-tree module against the installed
# Debian 6.12 kernel headers with the plugin loaded, so the warning and its
# notes show on real kernel code.
#
#   scripts/demo.sh [path/to/module/dir]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
moddir=${1:-$root/examples}
"$root/scripts/install-deps.sh"

build=$root/build
cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=g++-12 -DVMAPCHECK_GCC=gcc-12 >/dev/null
cmake --build "$build" -j2 >/dev/null
plugin=$build/plugin/vmapcheck.so

kdir=$(ls -d /usr/src/linux-headers-6.12*-amd64 2>/dev/null | sort -V | tail -1)
[[ -n "$kdir" ]] || { echo "demo: no 6.12 kernel headers found" >&2; exit 1; }

# build in a scratch copy so the source tree stays clean
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$moddir"/. "$work"/

echo "demo: make -C $kdir M=<examples> modules KCFLAGS=-fplugin=$plugin"
# -fplugin-arg-vmapcheck-no-werror: the headers' CONFIG_WERROR would stop here
make -s -C "$kdir" M="$work" modules \
	KCFLAGS="-fplugin=$plugin -fplugin-arg-vmapcheck-no-werror" 2>&1 |
	grep -v 'Skipping BTF generation' | tee "$work/demo.log"
n=$(grep -c 'warning: vmapcheck:' "$work/demo.log" || true)
echo "demo: $n vmapcheck warning(s)"
[[ $n -ge 1 ]]
