#!/bin/bash
# scripts/robustness.sh [--kernel-only|--csmith-only]
#
# Broad no-ICE / no-hang run of vmapcheck (long; not part of scripts/test.sh):
#   1. every translation unit of mm/ kernel/ lib/ fs/ drivers/gpu/drm/ that the 6.12 x86_64
#      config of scripts/check-kernel.sh builds (defconfig + the vmap() callers' options, about
#      2,100 TUs), with KCFLAGS="-fplugin=<so> -fplugin-arg-vmapcheck-no-werror", make -k -j$JOBS,
#      in its own O= dir; objects are deleted first so every TU is really compiled; then
#      vmapcheck-link over the objects.  ROBUST_DIRS=all: the whole build instead (vmlinux,
#      bzImage and modules: every TU of the config), and the link step over all of it, built-in.a
#      and vmlinux.o included;
#   2. CSMITH_N (default 500) csmith programs (seeds 1..N), each compiled with the plugin at -O2
#      with a per-file timeout.
# A cc1 running longer than HANG_SECS (default 600) is reported as a hang and killed.
# Prints counts, every ICE / plugin error / hang / vmapcheck warning, and the time of each part.
# Exit non-zero on any ICE, plugin error, hang, or csmith compile failure with the plugin that
# does not also fail without it.
#
# Environment: VMAPCHECK_CACHE, VMAPCHECK_PLUGIN, VMAPCHECK_KCONFIG (defconfig; allmodconfig
# builds in its own O= dir), JOBS (2), CSMITH_N (500), HANG_SECS (600),
# CSMITH_TIMEOUT (120 s per file), ROBUST_DIRS (the kernel directories; default above).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/check-kernel
JOBS=${JOBS:-2}
CSMITH_N=${CSMITH_N:-500}
HANG_SECS=${HANG_SECS:-600}
CSMITH_TIMEOUT=${CSMITH_TIMEOUT:-120}
DIRS=${ROBUST_DIRS:-"mm kernel lib fs drivers/gpu/drm"}
DO_KERNEL=1; DO_CSMITH=1
case ${1:-} in
    --kernel-only) DO_CSMITH=0 ;;
    --csmith-only) DO_KERNEL=0 ;;
    '') ;;
    *) echo "usage: $0 [--kernel-only|--csmith-only]" >&2; exit 2 ;;
esac
T0=$(date +%s)
FAIL=0
OUT=$CACHE/robustness
mkdir -p "$OUT"

if [ -n "${VMAPCHECK_PLUGIN:-}" ]; then
    SO=$(readlink -f "$VMAPCHECK_PLUGIN")
else
    mkdir -p "$CACHE/plugin-build"
    cmake -S "$ROOT" -B "$CACHE/plugin-build" >/dev/null && cmake --build "$CACHE/plugin-build" -j"$JOBS" >/dev/null || exit 2
    SO=$CACHE/plugin-build/plugin/vmapcheck.so
fi
# private snapshot of the plugin: a rebuild of the .so during a long run must not change it
# (GCC names a plugin after its file: the copy must be called vmapcheck.so); the link step of
# the same build beside it
LK=${VMAPCHECK_LINK:-$(dirname "$SO")/../link/vmapcheck-link}
SNAP=$(mktemp -d /tmp/vmapcheck-so.XXXXXX); cp "$SO" "$SNAP/vmapcheck.so"; SO=$SNAP/vmapcheck.so
[ -x "$LK" ] && cp "$LK" "$SNAP/vmapcheck-link" && LK=$SNAP/vmapcheck-link
trap 'rm -rf "$SNAP"' EXIT
PLUG="-fplugin=$SO -fplugin-arg-vmapcheck-no-werror"
echo "robustness: plugin $SO"

# watchdog: kill (and record) any cc1 with our plugin that runs longer than HANG_SECS (an elapsed
# time of more than 10 days is a clock jump of the machine, not a hang: seen as 4123168608 s)
watchdog() {
    while sleep 10; do
        ps -eo pid=,etimes=,args= | awk -v so="$SO" -v lim="$HANG_SECS" \
            'index($0, so) && $3 ~ /cc1$/ && $2 > lim && $2 < 864000 {print}' | while read -r pid et args; do
            echo "HANG ${et}s: $args" >> "$OUT/hangs.log"
            kill "$pid" 2>/dev/null
        done
    done
}
: > "$OUT/hangs.log"
watchdog & WD=$!
trap 'kill $WD 2>/dev/null; rm -rf "$SNAP"' EXIT

if [ "$DO_KERNEL" = 1 ]; then
    VMAPCHECK_PLUGIN=$SO "$ROOT/scripts/check-kernel.sh" 6.12 --prepare-only > "$OUT/prepare.log" 2>&1 || { cat "$OUT/prepare.log"; exit 2; }
    eval "$(grep -E '^6.12: SRC=' "$OUT/prepare.log" | sed 's/^6.12: //')"
    RB=$(dirname "$BLD")/build-robust; [ "$(basename "$BLD")" = build-defconfig ] || RB=$RB-${BLD##*/build-}
    TARGETS=$(for d in $DIRS; do echo "$d/"; done)
    if [ "$DIRS" = all ]; then RB=$RB-all; DIRS=.; TARGETS=; fi
    if [ ! -f "$RB/.vmapcheck-prepared" ] || ! cmp -s "$BLD/.config" "$RB/.config"; then
        echo "robustness: preparing $RB (same .config as $BLD)"
        mkdir -p "$RB" && cp "$BLD/.config" "$RB/.config"
        make -s -C "$SRC" O="$RB" ARCH=x86_64 olddefconfig >/dev/null
        make -s -C "$SRC" O="$RB" ARCH=x86_64 -j"$JOBS" prepare >/dev/null || exit 2
        touch "$RB/.vmapcheck-prepared"
    fi
    for d in $DIRS; do [ -d "$RB/$d" ] && find "$RB/$d" -name '*.o' -delete; done
    echo "robustness: compiling $DIRS of linux 6.12 with the plugin (make -k -j$JOBS)"
    t=$(date +%s)
    # shellcheck disable=SC2086
    make -C "$SRC" O="$RB" ARCH=x86_64 -k -j"$JOBS" KCFLAGS="$PLUG" $TARGETS \
        > "$OUT/kernel.log" 2>&1
    krc=$?
    ksecs=$(( $(date +%s) - t ))
    ntu=$(grep -cE '^  CC (\[M\] )? *[^ ]+\.o$' "$OUT/kernel.log")
    nice=$(grep -cE 'internal compiler error|Segmentation fault|[Pp]lease submit a full bug report' "$OUT/kernel.log")
    nplug=$(grep -cE 'cc1: (fatal )?error: .*(plugin|vmapcheck)|vmapcheck\.so: |: (fatal )?error: vmapcheck' "$OUT/kernel.log")
    nwarn=$(grep -c 'warning: vmapcheck' "$OUT/kernel.log")
    nerr=$(grep -cE ': (fatal )?error: ' "$OUT/kernel.log")
    nobj=0; for d in $DIRS; do nobj=$((nobj + $(find "$RB/$d" -name '*.o' ! -name 'built-in*' ! -name '*.mod.o' | wc -l))); done
    echo
    echo "== kernel 6.12 ($DIRS) =="
    printf 'TUs compiled with the plugin: %s (objects present: %s)   make exit: %s   time: %s s\n' "$ntu" "$nobj" "$krc" "$ksecs"
    printf 'ICEs: %s   plugin errors: %s   compile errors: %s   vmapcheck warnings: %s   hangs: %s\n' \
        "$nice" "$nplug" "$nerr" "$nwarn" "$(grep -c . "$OUT/hangs.log")"
    grep -E 'internal compiler error|cc1: (fatal )?error|: (fatal )?error: |warning: vmapcheck' "$OUT/kernel.log" | head -30
    [ "$nice" -gt 0 ] || [ "$nplug" -gt 0 ] || [ "$nerr" -gt 0 ] || [ "$krc" -ne 0 ] && FAIL=1
    echo "log: $OUT/kernel.log"
    # the link step over every object of the build: findings across units, its time and memory,
    # and the size of the facts each object carries
    if [ -x "$LK" ]; then
        # shellcheck disable=SC2046
        /usr/bin/time -f '%e %M' -o "$OUT/link.time" "$LK" --stats $(for d in $DIRS; do echo "$RB/$d"; done) \
            > "$OUT/link.log" 2> "$OUT/link.err"
        lrc=$?
        read -r lsecs lkb < <(tail -1 "$OUT/link.time")
        nlw=$(grep -c 'warning: vmapcheck' "$OUT/link.log")
        # shellcheck disable=SC2046
        find $(for d in $DIRS; do echo "$RB/$d"; done) -name '*.o' ! -name 'built-in*' ! -name '*.mod.o' ! -name 'vmlinux*.o' |
            xargs readelf -SW 2>/dev/null |
            awk '{for (i = 1; i < NF; i++) if ($i == ".discard.vmapcheck") print $(i + 4)}' |
            while read -r hex; do echo $((16#$hex)); done | sort -n > "$OUT/facts-sizes.txt"
        nf=$(grep -c . "$OUT/facts-sizes.txt")
        echo "link step: $(grep -o '[0-9]* units.*' "$OUT/link.err" | head -1); warnings: $nlw; exit $lrc; ${lsecs} s, peak ${lkb} KiB"
        if [ "$nf" -gt 0 ]; then
            echo "facts: $nf of $nobj objects carry them; bytes per such object: median $(sed -n "$(( (nf + 1) / 2 ))p" "$OUT/facts-sizes.txt"), largest $(tail -1 "$OUT/facts-sizes.txt"), total $(awk '{s += $1} END {print s}' "$OUT/facts-sizes.txt")"
        fi
        grep 'warning: vmapcheck' "$OUT/link.log" | head -10
        [ "$nlw" -gt 0 ] || [ "$lrc" -gt 1 ] && FAIL=1
    fi
fi

if [ "$DO_CSMITH" = 1 ]; then
    if ! command -v csmith >/dev/null || [ -z "$(find /usr/include -name csmith.h 2>/dev/null)" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y csmith libcsmith-dev >/dev/null || exit 2
    fi
    CI=$(dirname "$(find /usr/include -name csmith.h -path '*csmith*' | head -1)")
    CD=$OUT/csmith; rm -rf "$CD"; mkdir -p "$CD"
    echo
    echo "robustness: $CSMITH_N csmith programs, gcc -O2 with the plugin, timeout ${CSMITH_TIMEOUT}s each, $JOBS at a time"
    t=$(date +%s)
    one() {  # seed
        local s=$1 f=$CD/p$1
        timeout 60 csmith --seed "$s" -o "$f.c" >/dev/null 2>&1 || { echo "$s gen-fail"; return; }
        timeout "$CSMITH_TIMEOUT" gcc -O2 -w -I"$CI" $PLUG -c "$f.c" -o "$f.o" > "$f.log" 2>&1
        local rc=$?
        if [ $rc -eq 124 ]; then echo "$s timeout"
        elif grep -qE 'internal compiler error|Segmentation fault' "$f.log"; then echo "$s ICE"
        elif [ $rc -ne 0 ]; then
            # fails with the plugin: does it fail without?
            if timeout "$CSMITH_TIMEOUT" gcc -O2 -w -I"$CI" -c "$f.c" -o "$f.o" >/dev/null 2>&1; then echo "$s plugin-error"; else echo "$s fails-without-plugin-too"; fi
        elif grep -q 'vmapcheck' "$f.log"; then echo "$s warning"
        else echo "$s ok"; rm -f "$f.c" "$f.o" "$f.log"; fi
    }
    export -f one; export CD CI PLUG CSMITH_TIMEOUT
    seq 1 "$CSMITH_N" | xargs -P "$JOBS" -I{} bash -c 'one {}' > "$OUT/csmith.txt"
    csecs=$(( $(date +%s) - t ))
    echo "== csmith =="
    awk '{print $2}' "$OUT/csmith.txt" | sort | uniq -c | sed 's/^/  /'
    echo "time: $csecs s"
    grep -vE ' (ok|fails-without-plugin-too)$' "$OUT/csmith.txt" | head -20
    grep -qE ' (ICE|timeout|plugin-error|warning)$' "$OUT/csmith.txt" && FAIL=1
fi

[ -s "$OUT/hangs.log" ] && { echo "== hangs =="; cat "$OUT/hangs.log"; FAIL=1; }
echo
echo "robustness: total time $(( $(date +%s) - T0 )) s; $( [ $FAIL = 0 ] && echo clean || echo PROBLEMS FOUND)"
exit $FAIL
