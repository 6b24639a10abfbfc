#!/bin/bash
# realkernel/run-mutations.sh [name...]
#
# Seeded-mutation test of vmapcheck on real Linux 6.12 code.  For each entry of
# mutations.list: copy the pristine file of the prepared 6.12 tree to a scratch dir, apply
# mutations/<name>.diff to a second copy, compile both with the kbuild command recorded for
# that object (realkernel/kbuild-cmd.sh) plus -fplugin=<so> -fplugin-arg-vmapcheck-no-werror,
# and check: the original is silent; the mutant is warned at the expected line.
#
#   found-expected + warned at the line  -> PASS       xfail + missed -> XFAIL
#   found-expected + missed / wrong line -> FAIL       xfail + warned -> XPASS
#   silent-expected (a correct twin) + no warning -> PASS, else FAIL
#   original warned, ICE, compile error  -> FAIL
# Exit non-zero on any FAIL.
#
# Needs a prepared 6.12 tree: SRC, BLD (else the default check-kernel cache is used, and
# prepared with scripts/check-kernel.sh --prepare-only if missing) and VMAPCHECK_SO (else the
# plugin is built from this checkout); VMAPCHECK_EXTRA_ARGS adds plugin arguments (e.g.
# -fplugin-arg-vmapcheck-level=possible).  The kernel sources are never modified.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
CACHE=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/check-kernel

if [ -z "${SRC:-}" ] || [ -z "${BLD:-}" ]; then
    d=$(ls -d "$CACHE"/6.12/*/ 2>/dev/null | head -1)
    if [ -z "$d" ] || [ ! -f "$d/build-defconfig/.vmapcheck-prepared" ]; then
        "$ROOT/scripts/check-kernel.sh" 6.12 --prepare-only || exit 2
        d=$(ls -d "$CACHE"/6.12/*/ | head -1)
    fi
    SRC=${d%/}/src; BLD=${d%/}/build-defconfig
fi
if [ -z "${VMAPCHECK_SO:-}" ]; then
    cmake -S "$ROOT" -B "$CACHE/plugin-build" >/dev/null && cmake --build "$CACHE/plugin-build" >/dev/null || exit 2
    VMAPCHECK_SO=$CACHE/plugin-build/plugin/vmapcheck.so
fi
command -v patch >/dev/null || apt-get install -y patch >/dev/null

SCR=$(mktemp -d /tmp/vmapcheck-mut.XXXXXX)
trap 'rm -rf "$SCR"' EXIT
# Findings of the originals that level=possible reports by design (README: i915 shmem_pin_map())
POSSIBLE_OK="drivers/gpu/drm/i915/gt/shmem_utils.c:76"
PLUG="-fplugin=$VMAPCHECK_SO -fplugin-arg-vmapcheck-no-werror ${VMAPCHECK_EXTRA_ARGS:-}"

npass=0 nfail=0 nxfail=0 nxpass=0 ntot=0 nfound=0 nsilent=0
printf '%-30s %-6s %-7s %-28s %s\n' mutation expect result original mutant
while IFS='|' read -r name expect line desc; do
    name=$(echo "$name" | xargs); expect=$(echo "$expect" | xargs); line=$(echo "$line" | xargs)
    case $name in ''|\#*) continue ;; esac
    if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
    ntot=$((ntot+1)); [ "$expect" = found ] && nfound=$((nfound+1))
    [ "$expect" = silent ] && nsilent=$((nsilent+1))
    diff=$HERE/mutations/$name.diff
    file=$(sed -n '1s|^--- a/||p' "$diff")
    obj=${file%.c}.o
    w=$SCR/$name; mkdir -p "$w"
    if [ ! -f "$BLD/$(dirname "$obj")/.$(basename "$obj").cmd" ]; then
        make -s -C "$SRC" O="$BLD" "$obj" >/dev/null 2>&1
    fi
    cmd=$("$HERE/kbuild-cmd.sh" "$BLD" "$obj") || { echo "$name: no kbuild command"; nfail=$((nfail+1)); continue; }
    cp "$SRC/$file" "$w/orig.c"
    if ! patch -s -o "$w/mut.c" "$SRC/$file" < "$diff" >"$w/patch.log" 2>&1; then
        printf '%-30s %-6s %-7s patch does not apply: %s\n' "$name" "$expect" FAIL "$(head -1 "$w/patch.log")"
        nfail=$((nfail+1)); continue
    fi
    # same command as kbuild; -iquote keeps the file's own "..." includes working from the copy
    inc="-iquote $SRC/$(dirname "$file")"
    (cd "$BLD" && eval "$cmd $inc $PLUG -o $w/orig.o $w/orig.c") > "$w/orig.log" 2>&1; orc=$?
    (cd "$BLD" && eval "$cmd $inc $PLUG -o $w/mut.o $w/mut.c") > "$w/mut.log" 2>&1; mrc=$?
    ow=$(grep -c 'warning: vmapcheck' "$w/orig.log")
    mw=$(grep -c 'warning: vmapcheck' "$w/mut.log")
    ml=$(grep -oE 'mut\.c:[0-9]+:[0-9]+: warning: vmapcheck' "$w/mut.log" | cut -d: -f2 | sort -un | tr '\n' ',' | sed 's/,$//')
    ice=$(cat "$w/orig.log" "$w/mut.log" | grep -cE 'internal compiler error|Segmentation fault')
    at_line=0; [ "$line" != - ] && grep -qE "mut\.c:$line:[0-9]+: warning: vmapcheck" "$w/mut.log" && at_line=1
    ostate="silent"; [ "$ow" -gt 0 ] && ostate="WARNED($ow)"
    # level=possible: the original's documented finding (i915 shmem_pin_map) is not a failure
    if [ "$ow" -gt 0 ] && [[ "${VMAPCHECK_EXTRA_ARGS:-}" == *level=possible* ]]; then
        ol=$(grep -oE 'orig\.c:[0-9]+:[0-9]+: warning: vmapcheck' "$w/orig.log" | cut -d: -f2 | sort -un)
        if [ "$ol" -a "$(for l in $ol; do echo "$file:$l"; done | grep -vxF -f <(printf '%s\n' $POSSIBLE_OK))" = "" ]; then
            ostate="possible-level@$(echo $ol | tr ' ' ,)"; ow=0
        fi
    fi
    [ $orc -ne 0 ] && ostate="$ostate,rc=$orc"
    mstate="${mw} warning(s)${ml:+ at line $ml}"; [ $mrc -ne 0 ] && mstate="$mstate, rc=$mrc"
    if [ "$ice" -gt 0 ] || [ $orc -ne 0 ] || [ $mrc -ne 0 ] || [ "$ow" -gt 0 ]; then
        res=FAIL
    elif [ "$expect" = found ]; then
        if [ $at_line = 1 ]; then res=PASS; else res=FAIL; fi
    elif [ "$expect" = silent ]; then
        if [ "$mw" -eq 0 ]; then res=PASS; else res=FAIL; fi
    else
        if [ $at_line = 1 ] || [ "$mw" -gt 0 ]; then res=XPASS; else res=XFAIL; fi
    fi
    case $res in PASS) npass=$((npass+1));; FAIL) nfail=$((nfail+1));; XFAIL) nxfail=$((nxfail+1));; XPASS) nxpass=$((nxpass+1));; esac
    printf '%-30s %-6s %-7s %-28s %s (want line %s)\n' "$name" "$expect" "$res" "$ostate" "$mstate" "$line"
    if [ $res = FAIL ] || [ -n "${VERBOSE:-}" ]; then
        sed "s|^|    |" "$w/orig.log" "$w/mut.log" | grep -E 'vmapcheck|error' | head -20
    fi
done < "$HERE/mutations.list"
echo "mutations: $ntot total ($nfound must be found, $nsilent correct twins must stay silent): PASS $npass, FAIL $nfail; not found yet: XFAIL $nxfail, XPASS $nxpass"
[ $nfail -eq 0 ]
