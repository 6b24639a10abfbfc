#!/bin/bash
# bench/run.sh [real] [gen] [cocci] [icount] [link] [kbuild]  (default: real gen cocci link)
# Cost of vmapcheck: real 6.12 TUs with/without the plugin (A/B interleaved), generated worst
# cases at N and 2N, and Coccinelle's spatch on the same files.  See bench/README.md.
# icount: instructions executed by cc1 under valgrind, without and with the plugin.
# kbuild: the whole 6.12 build without and with the plugin, and the link step over it (~50 min).
# From a fresh machine: check-kernel.sh --prepare-only extracts and prepares the tree (no object is
# built), then bench.py builds the objects it measures with kbuild (make -jJOBS) for their commands.
# Environment: RUNS (3), NFILES (30), GEN_SCALE (1), ICOUNT_FILES (3), JOBS (2), VMAPCHECK_PLUGIN,
# VMAPCHECK_CACHE.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
CACHE=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/check-kernel
MODES=("$@"); [ ${#MODES[@]} -gt 0 ] || MODES=(real gen cocci link)
for m in "${MODES[@]}"; do
    case $m in real|gen|cocci|icount|link|kbuild) ;; *) echo "usage: $0 [real] [gen] [cocci] [icount] [link] [kbuild]" >&2; exit 2 ;; esac
done
has() { [[ " ${MODES[*]} " == *" $1 "* ]]; }
# install only what the chosen modes need
miss=()
command -v python3 >/dev/null || miss+=(python3)
{ has real || has gen || has link || has kbuild; } && { [ -x /usr/bin/time ] || miss+=(time); }
has cocci && { command -v spatch >/dev/null || miss+=(coccinelle); command -v patch >/dev/null || miss+=(patch); }
has icount && { command -v valgrind >/dev/null || miss+=(valgrind); }
if [ ${#miss[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y "${miss[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "${miss[@]}" >/dev/null; } \
        || { echo "bench: cannot install ${miss[*]} (apt-get failed)" >&2; exit 2; }
fi
if [ -n "${VMAPCHECK_PLUGIN:-}" ]; then
    SO=$(readlink -f "$VMAPCHECK_PLUGIN"); export BENCH_PLUGIN_GIVEN=$SO
else
    cmake -S "$ROOT" -B "$CACHE/plugin-build" >/dev/null && cmake --build "$CACHE/plugin-build" >/dev/null
    SO=$CACHE/plugin-build/plugin/vmapcheck.so
fi
# private snapshot of the plugin: a rebuild of the .so during a long run must not change it
# (GCC names a plugin after its file: the copy must be called vmapcheck.so); vmapcheck-link
# of the same build beside it
LK=${VMAPCHECK_LINK:-$(dirname "$SO")/../link/vmapcheck-link}
SNAP=$(mktemp -d /tmp/vmapcheck-so.XXXXXX); cp "$SO" "$SNAP/vmapcheck.so"; SO=$SNAP/vmapcheck.so
[ -x "$LK" ] && cp "$LK" "$SNAP/vmapcheck-link" && export VMAPCHECK_LINK=$SNAP/vmapcheck-link
trap 'rm -rf "$SNAP"' EXIT
# the real TUs (real, cocci, icount) come from the 6.12 tree that check-kernel.sh prepares;
# the objects to measure are built in it by bench.py (kbuild), "gen" alone needs no kernel
SRC= BLD=
if has real || has cocci || has icount || has link || has kbuild; then
    # (not "grep" in a pipe: under pipefail a failing check-kernel.sh must be seen)
    if ! prep=$(VMAPCHECK_PLUGIN=$SO "$ROOT/scripts/check-kernel.sh" 6.12 --prepare-only); then
        echo "bench: scripts/check-kernel.sh 6.12 --prepare-only failed (see above): no 6.12 tree to measure" >&2; exit 2
    fi
    prep=$(grep -m1 '^6.12: SRC=' <<<"$prep") || { echo "bench: check-kernel.sh printed no SRC=/BLD= line" >&2; exit 2; }
    eval "${prep#6.12: }"
fi
export SRC BLD VMAPCHECK_SO=$SO
echo "bench: gcc $(gcc -dumpfullversion), plugin $SO, tree ${SRC:-none}, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
export JOBS=${JOBS:-2}
python3 "$HERE/bench.py" "${MODES[@]}"
