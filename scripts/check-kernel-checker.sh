#!/bin/bash
# scripts/check-kernel-checker.sh - vmapcheck-cc as kbuild's checker on the real 6.12 tree
#
# On a copy of the tree of scripts/check-kernel.sh (hard links, but a real copy of the file a
# mutation patches) with an O= dir configured like its build-defconfig:
#   1. drivers/dma-buf/heaps/ built without a checker, then the seeded mutation
#      system-heap-put-pages (realkernel/mutations/) applied to system_heap.c;
#   2. make C=1 CHECK=vmapcheck-cc drivers/dma-buf/heaps/: only the edited file recompiled and
#      checked, its finding reported with its tag at system_heap.c:234;
#   3. make C=2 CHECK=vmapcheck-cc drivers/dma-buf/heaps/: every file of the driver checked, no
#      object compiled or changed, the same finding;
#   4. the out-of-tree module of testsuite/checker/ (M=) against that O= dir
#      (testsuite/checker/check-kbuild.sh with it as KDIR, after make modules_prepare).
# I915=1 (x86_64): also make C=2 CHECK=vmapcheck-cc CF=-fplugin-arg-vmapcheck-level=possible over
# drivers/gpu/drm/i915/ (about 290 files, 10 minutes; objects not yet built there are compiled
# too): the level=possible finding of the released shmem_utils.c (shmem_pin_map()) reported.
# --arch arm64: steps 1-3 on an O= dir configured like build-arm64-defconfig, with
# ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- CC=aarch64-linux-gnu-gcc-12 and the checker and
# plugin built for that cross GCC (the checker runs kbuild's CC, the plugin beside it).
# Environment: VMAPCHECK_CACHE, JOBS (2), VMAPCHECK_CC_CHECKER (the checker; default: built from
# this checkout in $VMAPCHECK_CACHE/check-kernel/plugin-build[-arm64], whose plugin it runs).
# Prints PASS/FAIL lines and "N passed, N failed"; about 2 minutes on 2 cores the first time (the
# copy is prepared once and kept in the cache), 20 s after.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/check-kernel
JOBS=${JOBS:-2}
MUT=system-heap-put-pages
DRV=drivers/dma-buf/heaps
FILE=$DRV/system_heap.c
WANT=234
pass=0 fail=0
check() { if "${@:2}"; then echo "PASS: $1"; pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
log() { echo "check-kernel-checker: $*"; }

ARCH=x86_64
if [ "${1:-}" = --arch ]; then ARCH=${2:?--arch x86_64|arm64}; shift 2; fi
case $ARCH in
    x86_64) KARGS=(ARCH=x86_64 CC=gcc); PB=$CACHE/plugin-build; CMARGS=() ;;
    arm64)  KARGS=(ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- CC=aarch64-linux-gnu-gcc-12)
            PB=$CACHE/plugin-build-arm64
            CMARGS=(-DVMAPCHECK_GCC=aarch64-linux-gnu-gcc-12 -DCMAKE_CXX_COMPILER=g++-12) ;;
    *) echo "usage: $0 [--arch x86_64|arm64]" >&2; exit 2 ;;
esac
if [ -z "${VMAPCHECK_CC_CHECKER:-}" ]; then
    cmake -S "$ROOT" -B "$PB" "${CMARGS[@]}" >/dev/null && cmake --build "$PB" -j"$JOBS" >/dev/null || exit 2
    VMAPCHECK_CC_CHECKER=$PB/checker/vmapcheck-cc
fi
CHK=$(readlink -f "$VMAPCHECK_CC_CHECKER")
prep=$("$ROOT/scripts/check-kernel.sh" 6.12 --arch "$ARCH" --prepare-only) || exit 2
eval "$(grep -m1 -E '^6.12( arm64 defconfig)?: SRC=' <<<"$prep" | sed 's/^[^:]*: //')"
W=$(dirname "$SRC")/checker-build
O=$W/o-$ARCH
kmake() { env -u KCFLAGS -u C -u CHECK -u CF make -C "$W/src" O="$O" "${KARGS[@]}" -j"$JOBS" "$@"; }
if [ ! -d "$W/src" ]; then
    log "copying $SRC to $W/src (hard links)"
    rm -rf "$W"; mkdir -p "$W"; cp -al "$SRC" "$W/src"
fi
if [ ! -f "$O/.prepared" ] || ! cmp -s "$BLD/.config" "$O/config.orig"; then
    log "preparing $O (O= like $BLD)"
    rm -rf "$O"; mkdir -p "$O"
    cp "$BLD/.config" "$O/config.orig"; cp "$BLD/.config" "$O/.config"
    kmake -s olddefconfig >/dev/null && kmake -s prepare modules_prepare >/dev/null || exit 2
    touch "$O/.prepared"
fi
# the driver as released, built without a checker
cp --remove-destination "$SRC/$FILE" "$W/src/$FILE"
kmake "$DRV/" > "$W/build.log" 2>&1 || { log "the driver does not build: $W/build.log"; exit 2; }
nobj=$(find "$O/$DRV" -name '*.o' ! -name 'built-in*' | grep -c .)
check "the driver builds without a checker ($nobj objects)" [ "$nobj" -gt 0 ]
# the seeded bug, as a developer's edit
patch -s -p1 -d "$W/src" < "$ROOT/realkernel/mutations/$MUT.diff" || { log "$MUT does not apply"; exit 2; }
sleep 1
kmake C=1 CHECK="$CHK" "$DRV/" > "$W/c1.log" 2>&1; rc=$?
sed -n '/warning: vmapcheck/p' "$W/c1.log"
check "C=1: make succeeds (exit $rc)" [ $rc = 0 ]
check "C=1: only the edited file recompiled and checked" \
    [ "$(grep -cE '^  CC ' "$W/c1.log")" = 1 -a "$(grep -cE '^  CHECK +.*/system_heap\.c$' "$W/c1.log")" = 1 \
      -a "$(grep -cE '^  CHECK ' "$W/c1.log")" = 1 ]
check "C=1: the finding at system_heap.c:$WANT, with its tag" \
    grep -qE "/$FILE:$WANT:[0-9]+: warning: vmapcheck: .*\[vmapcheck:[a-z-]+\]$" "$W/c1.log"
t0=$(find "$O/$DRV" -name '*.o' -printf '%p %T@\n' | sort)
kmake C=2 CHECK="$CHK" "$DRV/" > "$W/c2.log" 2>&1; rc=$?
nsrc=$(find "$O/$DRV" -name '*.o' ! -name 'built-in*' | grep -c .)
nchk=$(grep -cE "^  CHECK +.*/$DRV/[^/]+\.c$" "$W/c2.log")
check "C=2: make succeeds (exit $rc)" [ $rc = 0 ]
check "C=2: every file of the driver checked ($nchk of $nsrc)" [ "$nchk" = "$nsrc" ]
check "C=2: no object compiled" bash -c "! grep -qE '^  CC ' '$W/c2.log'"
check "C=2: the objects untouched" [ "$(find "$O/$DRV" -name '*.o' -printf '%p %T@\n' | sort)" = "$t0" ]
check "C=2: the same finding" grep -qE "/$FILE:$WANT:[0-9]+: warning: vmapcheck: " "$W/c2.log"
cp --remove-destination "$SRC/$FILE" "$W/src/$FILE"
# an out-of-tree module against this O= dir (x86_64: check-kbuild.sh passes no ARCH)
# (the O= dir has built no vmlinux, so no Module.symvers: modpost warns of the module's symbols)
if [ "$ARCH" = x86_64 ]; then
    out=$(KBUILD_MODPOST_WARN=1 bash "$ROOT/testsuite/checker/check-kbuild.sh" gcc "$CHK" "$W/mod" "$O" 2>&1); rc=$?
    sed 's/^/    M=: /' <<<"$out"
    check "M= module against the tree's O= dir: check-kbuild.sh passes (exit $rc)" [ $rc = 0 ]
fi
if [ "$ARCH" = x86_64 ] && [ -n "${I915:-}" ]; then
    kmake C=2 CHECK="$CHK" CF="-fplugin-arg-vmapcheck-level=possible" drivers/gpu/drm/i915/ > "$W/i915.log" 2>&1; rc=$?
    sed -n '/warning: vmapcheck/p' "$W/i915.log"
    check "i915 C=2 level=possible: $(grep -cE '^  CHECK ' "$W/i915.log") files checked (exit $rc), shmem_utils.c's finding reported" \
        grep -qE '/drivers/gpu/drm/i915/gt/shmem_utils\.c:[0-9]+:[0-9]+: warning: vmapcheck: .*\[vmapcheck:cache-page\]$' "$W/i915.log"
fi
echo "$pass passed, $fail failed"
[ $fail = 0 ]
