#!/bin/bash
# realkernel/run-mutations.sh [--kernel 6.12|7.2] [name...]
#
# Seeded-mutation test of vmapcheck on real Linux code: 6.12 (default; mutations.list,
# mutations/*.diff) or 7.2 (mutations-7.2.list, mutations-7.2/*.diff, the same mutations ported to
# 7.2.13; run inside the sid chroot with gcc-16: on the host the script runs itself there through
# scripts/chroot.sh).  For each entry of the list: copy the pristine file of the prepared tree
# to a scratch dir, apply
# <name>.diff to a second copy, compile both with the kbuild command recorded for
# that object (realkernel/kbuild-cmd.sh) plus -fplugin=<so> -fplugin-arg-vmapcheck-no-werror,
# and check: the original is silent; the mutant is warned at the expected line.
#
#   found-expected + warned at the line  -> PASS       xfail + missed -> XFAIL
#   found-expected + missed / wrong line -> FAIL       xfail + warned -> XPASS
#   silent-expected (a correct twin) + no warning -> PASS, else FAIL
#   link-found / link-silent: a cross-unit mutation, checked by vmapcheck-link over the objects
#   of every file its diff touches (and "# files NAME: ..."); line is FILE:LINE (run_link_entry)
#   original warned, ICE, compile error  -> FAIL
#   the file is not built by the tree's config (BLD/.vmapcheck-objs, e.g. i915 on arm64) -> SKIP
# Exit non-zero on any FAIL.
#
# Needs a prepared tree of that kernel: SRC, BLD (else the default check-kernel cache is used,
# and prepared with scripts/check-kernel.sh VER --prepare-only if missing) and VMAPCHECK_SO (else
# the plugin is built from this checkout, for 7.2 with gcc-16); VMAPCHECK_KMAKE_ARGS are make
# variables for kbuild (7.2: "CC=gcc-16 HOSTCC=gcc-16", the default there; another arch:
# "ARCH=arm64 CROSS_COMPILE=... CC=...", as scripts/check-kernel.sh --arch passes them and
# with the plugin built for that cross gcc as VMAPCHECK_SO); VMAPCHECK_EXTRA_ARGS
# adds plugin arguments (e.g. -fplugin-arg-vmapcheck-level=possible).  The kernel sources are
# never modified.  VMAPCHECK_SHOW_TRAIL=1 prints, on stderr, what the link step says of each
# cross-unit mutant.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
CACHE=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/check-kernel

KVER=6.12
if [ "${1:-}" = --kernel ]; then KVER=${2:?--kernel 6.12|7.2}; shift 2; fi
case $KVER in
    6.12) LIST=$HERE/mutations.list; DIFFS=$HERE/mutations ;;
    7.2)  LIST=$HERE/mutations-7.2.list; DIFFS=$HERE/mutations-7.2
          if [ -z "${VMAPCHECK_IN_CHROOT:-}" ]; then
              # the 7.2 tree and gcc-16 are in the sid chroot: run there (the chroot's own tree,
              # plugin and cache; SRC, BLD and VMAPCHECK_SO of the host do not apply)
              exec "$ROOT/scripts/chroot.sh" sid run "env VMAPCHECK_IN_CHROOT=sid \
                  VMAPCHECK_CACHE=/var/cache/vmapcheck SRC= BLD= VMAPCHECK_SO= \
                  VMAPCHECK_EXTRA_ARGS=$(printf '%q' "${VMAPCHECK_EXTRA_ARGS:-}") \
                  VERBOSE=$(printf '%q' "${VERBOSE:-}") \
                  realkernel/run-mutations.sh --kernel 7.2 ${*:+$(printf '%q ' "$@")}"
          fi
          VMAPCHECK_KMAKE_ARGS=${VMAPCHECK_KMAKE_ARGS:-CC=gcc-16 HOSTCC=gcc-16 HOSTCXX=g++-16} ;;
    *) echo "run-mutations: --kernel 6.12 or 7.2" >&2; exit 2 ;;
esac
export VMAPCHECK_KMAKE_ARGS=${VMAPCHECK_KMAKE_ARGS:-}

if [ -z "${SRC:-}" ] || [ -z "${BLD:-}" ]; then
    d=$(ls -d "$CACHE/$KVER"/*/ 2>/dev/null | head -1)
    if [ -z "$d" ] || [ ! -f "$d/build-defconfig/.vmapcheck-prepared" ]; then
        "$ROOT/scripts/check-kernel.sh" "$KVER" --prepare-only || exit 2
        d=$(ls -d "$CACHE/$KVER"/*/ | head -1)
    fi
    SRC=${d%/}/src; BLD=${d%/}/build-defconfig
fi
if [ -z "${VMAPCHECK_SO:-}" ]; then
    if [ "$KVER" = 7.2 ]; then
        cmake -S "$ROOT" -B "$CACHE/plugin-build-gcc16" -DVMAPCHECK_GCC=gcc-16 -DCMAKE_CXX_COMPILER=g++-16 >/dev/null &&
            cmake --build "$CACHE/plugin-build-gcc16" >/dev/null || exit 2
        VMAPCHECK_SO=$CACHE/plugin-build-gcc16/plugin/vmapcheck.so
    else
        cmake -S "$ROOT" -B "$CACHE/plugin-build" >/dev/null && cmake --build "$CACHE/plugin-build" >/dev/null || exit 2
        VMAPCHECK_SO=$CACHE/plugin-build/plugin/vmapcheck.so
    fi
fi
command -v patch >/dev/null || apt-get install -y patch >/dev/null

SCR=$(mktemp -d /tmp/vmapcheck-mut.XXXXXX)
trap 'rm -rf "$SCR"' EXIT
# Findings of the originals that level=possible reports by design (README: i915 shmem_pin_map()),
# from the list's "# possible-ok: FILE:LINE" lines
POSSIBLE_OK=$(sed -n 's/^# *possible-ok: *//p' "$LIST")
# The check the mutations seed bugs for: a "# checks: NAME" line of the list holds for the
# entries after it, up to the next one (the originals may have findings of another check:
# 6.12's lib/kunit_iov_iter.c has a real ownership bug).  "# cflags NAME: FLAGS" adds compiler
# flags to both compiles of mutation NAME (a config option the mutation needs, as -DCONFIG_...).
PLUG0="-fplugin=$VMAPCHECK_SO -fplugin-arg-vmapcheck-no-werror ${VMAPCHECK_EXTRA_ARGS:-}"
declare -A CFLAGS_OF FILES_OF
while IFS= read -r l; do
    n=${l%%:*}; CFLAGS_OF[$(echo "$n" | xargs)]=${l#*:}
done < <(sed -n 's/^# *cflags  *//p' "$LIST")
# "# files NAME: FILE..." adds files a cross-unit (link-) mutation compiles unchanged
while IFS= read -r l; do
    n=${l%%:*}; FILES_OF[$(echo "$n" | xargs)]=${l#*:}
done < <(sed -n 's/^# *files  *//p' "$LIST")
# the link step, built next to the plugin
LINK=${VMAPCHECK_LINK:-$(dirname "$VMAPCHECK_SO")/../link/vmapcheck-link}

# Compile FILE (of the tree) as copied under DIR into DIR/FILE.o, with its kbuild command and
# the plugin; its diagnostics into DIR/FILE.log.  Non-zero if it did not compile.
compile_copy() {
    local dir=$1 file=$2 name=$3 like=${4:-$2} cmd inc
    cmd=$("$HERE/kbuild-cmd.sh" "$BLD" "${like%.c}.o") || return 1
    # (the entry's flags after the plugin: they may be plugin arguments)
    inc="-iquote $SRC/$(dirname "$file")"
    (cd "$BLD" && eval "$cmd $inc $PLUG ${CFLAGS_OF[$name]:-} -fplugin-arg-vmapcheck-root=$dir -o $dir/$file.o $dir/$file") > "$dir/$file.log" 2>&1
}

# A cross-unit mutation (expect link-found / link-silent): the diff may touch several files,
# "# files" adds more; every file is compiled, original and mutant, and vmapcheck-link reads
# each set of objects.  A file the diff creates (a helper moved into a file of its own) is
# compiled in the mutant only, with the kbuild command of the diff's first file.  The compiles must be silent (the finding needs more than one unit);
# link-found: the link step warns at FILE:LINE on the mutant and says nothing on the
# originals; link-silent: nothing on either.  Sets res, ostate, mstate.
run_link_entry() {
    local name=$1 expect=$2 line=$3 diff=$4 w=$5 f files new first logs ow mw cw ice
    first=$(sed -n '1s|^--- a/||p' "$diff")
    new=$(sed -n 's|^+++ b/||p' "$diff" | while read -r f; do [ -f "$SRC/$f" ] || echo "$f"; done)
    files=$(printf '%s\n' $(sed -n 's|^--- a/||p' "$diff") ${FILES_OF[$name]:-} | sort -u |
            while read -r f; do [ -f "$SRC/$f" ] && echo "$f"; done)
    for f in $files; do
        mkdir -p "$w/orig/$(dirname "$f")" "$w/mut/$(dirname "$f")"
        cp "$SRC/$f" "$w/orig/$f"; cp "$SRC/$f" "$w/mut/$f"
    done
    if ! patch -s -p1 -d "$w/mut" < "$diff" >"$w/patch.log" 2>&1; then
        res=FAIL; ostate="patch does not apply: $(head -1 "$w/patch.log")"; mstate=; return
    fi
    for f in $files; do
        compile_copy "$w/orig" "$f" "$name" && compile_copy "$w/mut" "$f" "$name" || {
            res=FAIL; ostate="$f does not compile"; mstate=; return; }
    done
    for f in $new; do
        mkdir -p "$w/mut/$(dirname "$f")"
        compile_copy "$w/mut" "$f" "$name" "$first" || {
            res=FAIL; ostate="the new $f does not compile"; mstate=; return; }
    done
    logs=$(for f in $files; do echo "$w/orig/$f.log $w/mut/$f.log"; done; for f in $new; do echo "$w/mut/$f.log"; done)
    cw=$(cat $logs | grep -c 'warning: vmapcheck')
    ice=$(cat $logs | grep -cE 'internal compiler error|Segmentation fault')
    "$LINK" $(for f in $files; do echo "$w/orig/$f.o"; done) > "$w/orig.log" 2>&1
    "$LINK" $(for f in $files $new; do echo "$w/mut/$f.o"; done) > "$w/mut.log" 2>&1
    ow=$(grep -c 'warning: vmapcheck' "$w/orig.log"); mw=$(grep -c 'warning: vmapcheck' "$w/mut.log")
    # VMAPCHECK_SHOW_TRAIL=1: the link step's findings on the mutant, paths relative to the tree
    [ "${VMAPCHECK_SHOW_TRAIL:-0}" = 1 ] && sed "s|$w/mut/||; s|$SRC/||; s|^|    $name: |" "$w/mut.log" >&2
    ostate="link silent"; [ "$ow" -gt 0 ] && ostate="link WARNED($ow)"
    mstate="link: $mw warning(s) $(grep -oE '[^/ ]+\.c:[0-9]+:[0-9]+: warning' "$w/mut.log" | cut -d: -f1,2 | tr '\n' ' ')"
    [ "$cw" -gt 0 ] && mstate="$mstate; the compiles warned $cw time(s)"
    if [ "$ice" -gt 0 ] || [ "$ow" -gt 0 ] || [ "$cw" -gt 0 ]; then
        res=FAIL
    elif [ "$expect" = link-found ]; then
        grep -qE "/$line:[0-9]+: warning: vmapcheck" "$w/mut.log" && res=PASS || res=FAIL
    else
        [ "$mw" -eq 0 ] && res=PASS || res=FAIL
    fi
}

npass=0 nfail=0 nxfail=0 nxpass=0 ntot=0 nfound=0 nsilent=0 nskip=0
printf '%-30s %-6s %-7s %-28s %s\n' mutation expect result original mutant
CHECKS=
while IFS='|' read -r name expect line desc; do
    if [[ $name =~ ^[[:space:]]*#[[:space:]]*checks:[[:space:]]*([a-z,]+) ]]; then
        CHECKS=${BASH_REMATCH[1]}; continue
    fi
    [[ $name =~ ^[[:space:]]*(#|$) ]] && continue   # (comments may hold quotes xargs rejects)
    name=$(echo "$name" | xargs); expect=$(echo "$expect" | xargs); line=$(echo "$line" | xargs)
    case $name in ''|\#*) continue ;; esac
    if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
    diff=$DIFFS/$name.diff
    file=$(sed -n '1s|^--- a/||p' "$diff")
    obj=${file%.c}.o
    skip=
    for f in $(sed -n 's|^--- a/||p' "$diff") ${FILES_OF[$name]:-}; do
        [ -f "$SRC/$f" ] || continue    # created by the diff
        if [ -f "$BLD/.vmapcheck-objs" ] && ! grep -qxF "${f%.c}.o" "$BLD/.vmapcheck-objs"; then
            skip=$f
        fi
    done
    if [ -n "$skip" ]; then
        printf '%-30s %-6s %-7s %s\n' "$name" "$expect" SKIP "$skip is not built by this config"
        nskip=$((nskip+1)); continue
    fi
    ntot=$((ntot+1)); [ "${expect#link-}" = found ] && nfound=$((nfound+1))
    [ "${expect#link-}" = silent ] && nsilent=$((nsilent+1))
    w=$SCR/$name; mkdir -p "$w"
    PLUG="$PLUG0 ${CHECKS:+-fplugin-arg-vmapcheck-checks=$CHECKS}"
    if [[ $expect == link-* ]]; then
        run_link_entry "$name" "$expect" "$line" "$diff" "$w"
        case $res in PASS) npass=$((npass+1));; FAIL) nfail=$((nfail+1));; esac
        printf '%-30s %-6s %-7s %-28s %s (want %s)\n' "$name" "$expect" "$res" "$ostate" "$mstate" "$line"
        if [ $res = FAIL ] || [ -n "${VERBOSE:-}" ]; then
            sed "s|^|    |" "$w/orig.log" "$w/mut.log" 2>/dev/null | grep -E 'vmapcheck|error' | head -20
        fi
        continue
    fi
    if [ ! -f "$BLD/$(dirname "$obj")/.$(basename "$obj").cmd" ]; then
        # shellcheck disable=SC2086
        make -s -C "$SRC" O="$BLD" ARCH=x86_64 $VMAPCHECK_KMAKE_ARGS "$obj" >/dev/null 2>&1
    fi
    cmd=$("$HERE/kbuild-cmd.sh" "$BLD" "$obj") || { echo "$name: no kbuild command"; nfail=$((nfail+1)); continue; }
    # each copy at its path under a root of its own, given to the plugin: baseline keys and
    # SARIF name it as the tree does (drivers/.../x.c)
    mkdir -p "$w/orig/$(dirname "$file")" "$w/mut/$(dirname "$file")"
    cp "$SRC/$file" "$w/orig/$file"
    if ! patch -s -o "$w/mut/$file" "$SRC/$file" < "$diff" >"$w/patch.log" 2>&1; then
        printf '%-30s %-6s %-7s patch does not apply: %s\n' "$name" "$expect" FAIL "$(head -1 "$w/patch.log")"
        nfail=$((nfail+1)); continue
    fi
    # same command as kbuild; -iquote keeps the file's own "..." includes working from the copy
    inc="-iquote $SRC/$(dirname "$file")"
    PLUG="$PLUG ${CFLAGS_OF[$name]:-}"    # after the plugin: they may be plugin arguments
    (cd "$BLD" && eval "$cmd $inc $PLUG -fplugin-arg-vmapcheck-root=$w/orig -o $w/orig.o $w/orig/$file") > "$w/orig.log" 2>&1; orc=$?
    (cd "$BLD" && eval "$cmd $inc $PLUG -fplugin-arg-vmapcheck-root=$w/mut -o $w/mut.o $w/mut/$file") > "$w/mut.log" 2>&1; mrc=$?
    ow=$(grep -c 'warning: vmapcheck' "$w/orig.log")
    mw=$(grep -c 'warning: vmapcheck' "$w/mut.log")
    ml=$(grep -oE "^$w/mut/$file:[0-9]+:[0-9]+: warning: vmapcheck" "$w/mut.log" | sed 's/.*\.c:\([0-9]*\):.*/\1/' | sort -un | tr '\n' ',' | sed 's/,$//')
    ice=$(cat "$w/orig.log" "$w/mut.log" | grep -cE 'internal compiler error|Segmentation fault')
    # line: of the mutated file, or FILE:LINE of a file it includes (i915's selftests)
    at_line=0; wl="^$w/mut/$file:$line"; [[ $line == *:* ]] && wl="/$line"
    [ "$line" != - ] && grep -qE "$wl:[0-9]+: warning: vmapcheck" "$w/mut.log" && at_line=1
    ostate="silent"; [ "$ow" -gt 0 ] && ostate="WARNED($ow)"
    # level=possible: the original's documented finding (i915 shmem_pin_map) is not a failure
    if [ "$ow" -gt 0 ] && [[ "${VMAPCHECK_EXTRA_ARGS:-}" == *level=possible* ]]; then
        ol=$(grep -oE "^$w/orig/$file:[0-9]+:[0-9]+: warning: vmapcheck" "$w/orig.log" | sed 's/.*\.c:\([0-9]*\):.*/\1/' | sort -un)
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
done < "$LIST"
arch=$(grep -oE 'ARCH=[^ ]+' <<<"ARCH=x86_64 $VMAPCHECK_KMAKE_ARGS" | tail -1); arch=${arch#ARCH=}
echo "mutations ($KVER, $arch, $(basename "$BLD")): $ntot total ($nfound must be found, $nsilent correct twins must stay silent): PASS $npass, FAIL $nfail; not found yet: XFAIL $nxfail, XPASS $nxpass; not built by this config: SKIP $nskip"
[ $nfail -eq 0 ]
