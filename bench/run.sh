#!/bin/bash
# bench/run.sh [real] [gen] [cocci] [icount]      (default: real gen cocci)
# Cost of vmapcheck: real 6.12 TUs with/without the plugin (A/B interleaved), generated worst
# cases at N and 2N, and Coccinelle's spatch on the same files.  See bench/README.md.
# icount: instructions executed by cc1 under valgrind, without and with the plugin.
# Environment: RUNS (3), NFILES (30), GEN_SCALE (1), ICOUNT_FILES (3), VMAPCHECK_PLUGIN, VMAPCHECK_CACHE.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
CACHE=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/check-kernel
miss=()
[ -x /usr/bin/time ] || miss+=(time)
command -v spatch >/dev/null || miss+=(coccinelle)
command -v python3 >/dev/null || miss+=(python3)
command -v patch >/dev/null || miss+=(patch)
command -v valgrind >/dev/null || miss+=(valgrind)
[ ${#miss[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive apt-get install -y "${miss[@]}" >/dev/null
if [ -n "${VMAPCHECK_PLUGIN:-}" ]; then
    SO=$(readlink -f "$VMAPCHECK_PLUGIN")
else
    cmake -S "$ROOT" -B "$CACHE/plugin-build" >/dev/null && cmake --build "$CACHE/plugin-build" >/dev/null
    SO=$CACHE/plugin-build/plugin/vmapcheck.so
fi
# private snapshot of the plugin: a rebuild of the .so during a long run must not change it
# (GCC names a plugin after its file: the copy must be called vmapcheck.so)
SNAP=$(mktemp -d /tmp/vmapcheck-so.XXXXXX); cp "$SO" "$SNAP/vmapcheck.so"; SO=$SNAP/vmapcheck.so
trap 'rm -rf "$SNAP"' EXIT
prep=$(VMAPCHECK_PLUGIN=$SO "$ROOT/scripts/check-kernel.sh" 6.12 --prepare-only | grep '^6.12: SRC=')
eval "${prep#6.12: }"
export SRC BLD VMAPCHECK_SO=$SO
echo "bench: gcc $(gcc -dumpfullversion), plugin $SO, tree $SRC, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$HERE/bench.py" "$@"
