#!/bin/bash
# scripts/check-kernel-baseline.sh - a baseline of accepted findings on the real 6.12 tree
#
#   1. the level=possible survey of every vmap() caller (scripts/check-kernel.sh 6.12
#      --no-mutations) with -fplugin-arg-vmapcheck-root=SRC and baseline-write: its findings
#      become the baseline (sort -u);
#   2. the same survey with -fplugin-arg-vmapcheck-baseline=: 0 warnings;
#   3. a seeded mutation in a file whose original has a baselined finding
#      (realkernel/run-mutations.sh i915-shmem-compound: shmem_utils.c, level=possible, the
#      baseline): the original silent, the mutant exactly one warning, at the seeded line.
#
# The runner compiles its copies under roots of their own, so their keys name the files as the
# tree does.  Environment as scripts/check-kernel.sh (VMAPCHECK_PLUGIN, VMAPCHECK_CACHE, JOBS).
# Prints PASS/FAIL lines and "N passed, N failed"; about 2 x the survey's time (3 min each
# prepared, on 2 cores).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/check-kernel
MUT=${MUTATION:-i915-shmem-compound}
W=$(mktemp -d /tmp/vmapcheck-baseline.XXXXXX)
trap 'rm -rf "$W"' EXIT
pass=0 fail=0
check() { if "${@:2}"; then echo "PASS: $1"; pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }

if [ -z "${VMAPCHECK_PLUGIN:-}" ]; then
    cmake -S "$ROOT" -B "$CACHE/plugin-build" >/dev/null && cmake --build "$CACHE/plugin-build" >/dev/null || exit 2
    VMAPCHECK_PLUGIN=$CACHE/plugin-build/plugin/vmapcheck.so
fi
export VMAPCHECK_PLUGIN
"$ROOT/scripts/check-kernel.sh" 6.12 --prepare-only > "$W/prepare.log" 2>&1 || { cat "$W/prepare.log"; exit 2; }
eval "$(grep -E '^6.12: SRC=' "$W/prepare.log" | sed 's/^6.12: //')"
POSS="-fplugin-arg-vmapcheck-level=possible -fplugin-arg-vmapcheck-root=$SRC"
# the vmapcheck warnings a survey printed (its compiles and its link step)
nwarn() { grep -c ': warning: vmapcheck' "$1"; }

VMAPCHECK_EXTRA_ARGS="$POSS -fplugin-arg-vmapcheck-baseline-write=$W/base.new" \
    "$ROOT/scripts/check-kernel.sh" 6.12 --no-mutations > "$W/survey1.log" 2>&1
sort -u "$W/base.new" > "$W/baseline.txt" 2>/dev/null
n1=$(nwarn "$W/survey1.log"); nk=$(grep -c . "$W/baseline.txt")
echo "survey 1 (level=possible): $n1 warnings, $nk keys:"; sed 's/^/    /' "$W/baseline.txt"
check "survey 1: findings at level=possible, each with a key ($n1 warnings, $nk keys)" \
    [ "$n1" -gt 0 -a "$nk" -gt 0 ]
check "the keys name files relative to the tree (drivers/..., lib/...)" \
    bash -c "! cut -f2 '$W/baseline.txt' | grep -q '^/'"

VMAPCHECK_EXTRA_ARGS="$POSS -fplugin-arg-vmapcheck-baseline=$W/baseline.txt" \
    "$ROOT/scripts/check-kernel.sh" 6.12 --no-mutations > "$W/survey2.log" 2>&1
n2=$(nwarn "$W/survey2.log")
check "survey 2 with the baseline: 0 warnings ($n2)" [ "$n2" = 0 ]
# the files each survey compiled (the per-file table's "compiled" and "extra" rows)
ncomp() { grep -cE '^[^ ]+\.c +(compiled|extra) ' "$1"; }
c1=$(ncomp "$W/survey1.log") c2=$(ncomp "$W/survey2.log")
check "survey 2: the same $c1 files compiled ($c2), no ICE" \
    bash -c "[ $c1 -gt 0 ] && [ $c1 = $c2 ] && ! grep -qE '^[^ ]+\.c +ICE |internal compiler error' '$W/survey2.log'"

VMAPCHECK_SO=$VMAPCHECK_PLUGIN SRC=$SRC BLD=$BLD VERBOSE=1 \
    VMAPCHECK_EXTRA_ARGS="-fplugin-arg-vmapcheck-level=possible -fplugin-arg-vmapcheck-baseline=$W/baseline.txt" \
    "$ROOT/realkernel/run-mutations.sh" "$MUT" > "$W/mut.log" 2>&1
sed 's/^/    /' "$W/mut.log"
row=$(grep -E "^$MUT " "$W/mut.log")
check "$MUT with the baseline: the original silent (its level=possible finding baselined)" \
    grep -qE "^$MUT +found +PASS +silent " <<<"$row"
check "$MUT with the baseline: exactly the seeded finding" grep -qE ' 1 warning\(s\) at line ' <<<"$row"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
