#!/bin/bash
# scripts/check-link-build.sh [--whole | TARGET...]
#
# The link step on real kbuild builds: the facts travel in the objects, so a build from ccache
# (every compile a cache hit: the plugin never runs), a build through distcc (a distccd on
# 127.0.0.1 compiles the preprocessed source) and an incremental rebuild must give the same
# findings as a plain build.  On Linux 6.12 (x86_64, the tree of scripts/check-kernel.sh) with
# the cross-unit mutation drm-gem-shmem-xtu-put-pages applied to a copy of the tree (hard links
# but for the patched file), TARGETs (default: the two DRM objects of that mutation and
# kernel/events/) are built with KCFLAGS="-fplugin=... level=possible" in four O= dirs:
#   plain    make CC=gcc
#   ccache   make CC="ccache gcc" twice, the objects deleted in between: the second build must be
#            all cache hits (ccache's own statistics), and its findings are the ones compared
#   distcc   make CC="distcc WRAPPER" with DISTCC_HOSTS=127.0.0.1 and no local fallback, the
#            wrapper adding the plugin in the server (distccd refuses -fplugin= on the command
#            line): the compiles run in the distccd (its log counts them)
#   and the plain dir again after touching the mutated file (an incremental rebuild), and an
#   out-of-tree module (M=) built against the plain dir, checked with the kernel's facts
# vmapcheck-link over each O= dir must print the same findings, which must include the
# mutation's warning at drm_gem_shmem_helper.c:343.  Installs ccache and distcc if missing.
# --whole: the whole build (make's default target: vmlinux, bzImage, modules; every TU of the
# config) instead of TARGETs, with no separate plain build: the first ccache build (an empty
# cache, so the plugin runs in every compile) is the reference, the second must be all hits after
# every object but the host tools' is deleted; the incremental rebuild and the M= module use the
# ccache dir with CCACHE_DISABLE=1.  About an hour on 2 cores (two builds with the plugin).
# Exit non-zero on any difference.  Environment: VMAPCHECK_PLUGIN, VMAPCHECK_LINK, VMAPCHECK_CACHE,
# JOBS (2), ONLY (one step: ccache, distcc or incr, in the work dir of an earlier run).  About 5
# minutes on 2 cores.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/check-kernel
JOBS=${JOBS:-2}
WHOLE=0
[ "${1:-}" = --whole ] && { WHOLE=1; shift; }
TARGETS=("$@")
[ $WHOLE = 1 ] || [ ${#TARGETS[@]} -gt 0 ] || TARGETS=(drivers/gpu/drm/drm_gem.o drivers/gpu/drm/drm_gem_shmem_helper.o kernel/events/)
MUT=drm-gem-shmem-xtu-put-pages
WANT=drivers/gpu/drm/drm_gem_shmem_helper.c:343
T0=$(date +%s)
log() { echo "check-link-build: $*"; }

for p in ccache distcc; do
    command -v $p >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y $p >/dev/null || exit 2
done
if [ -n "${VMAPCHECK_PLUGIN:-}" ]; then
    SO=$(readlink -f "$VMAPCHECK_PLUGIN")
else
    cmake -S "$ROOT" -B "$CACHE/plugin-build" >/dev/null && cmake --build "$CACHE/plugin-build" -j"$JOBS" >/dev/null || exit 2
    SO=$CACHE/plugin-build/plugin/vmapcheck.so
fi
LK=${VMAPCHECK_LINK:-$(dirname "$SO")/../link/vmapcheck-link}
[ -x "$LK" ] || { log "no vmapcheck-link at $LK"; exit 2; }
prep=$(VMAPCHECK_PLUGIN=$SO "$ROOT/scripts/check-kernel.sh" 6.12 --prepare-only) || exit 2
eval "$(grep -m1 '^6.12: SRC=' <<<"$prep" | sed 's/^6.12: //')"
W=$(dirname "$SRC")/link-build; [ $WHOLE = 0 ] || W=$W-whole
# ONLY=STEP (ccache, distcc, incr): that step alone, in the work dir of an earlier run
step() { [ -z "${ONLY:-}" ] || [ "$ONLY" = "$1" ]; }
if [ -z "${ONLY:-}" ] || [ ! -d "$W/src" ]; then
rm -rf "$W"; mkdir -p "$W"

# the source: hard links to the tree, but a real copy of each file the mutation patches
cp -al "$SRC" "$W/src"
for f in $(sed -n 's|^+++ b/||p' "$ROOT/realkernel/mutations/$MUT.diff"); do
    cp --remove-destination "$SRC/$f" "$W/src/$f"
done
patch -s -p1 -d "$W/src" < "$ROOT/realkernel/mutations/$MUT.diff" || { log "the mutation does not apply"; exit 2; }
fi
KCF="-fplugin=$SO -fplugin-arg-vmapcheck-no-werror -fplugin-arg-vmapcheck-level=possible"

build() {	# NAME CC KCFLAGS [env...]: configure W/NAME like BLD, build TARGETS; log in W/NAME.log
    local name=$1 cc=$2 kcf=$3; shift 3
    local o=$W/$name
    if [ ! -f "$o/.prepared" ]; then
        mkdir -p "$o" && cp "$BLD/.config" "$o/.config"
        env "$@" make -s -C "$W/src" O="$o" ARCH=x86_64 CC="$cc" olddefconfig >/dev/null 2>&1 &&
        env "$@" make -s -C "$W/src" O="$o" ARCH=x86_64 CC="$cc" -j"$JOBS" prepare >/dev/null 2>&1 || return 1
        touch "$o/.prepared"
    fi
    env "$@" make -C "$W/src" O="$o" ARCH=x86_64 CC="$cc" -j"$JOBS" KCFLAGS="$kcf" "${TARGETS[@]}" \
        >> "$W/$name.log" 2>&1
}
objs_of() { find "$1" -name '*.o' ! -name '*.mod.o' -newer "$1/.prepared" | grep -c .; }
fails=0
# a reproducible build: the version files recompiled at each link must not differ for ccache
export KBUILD_BUILD_TIMESTAMP="Thu Jan  1 00:00:00 UTC 2026" KBUILD_BUILD_VERSION=1 \
    KBUILD_BUILD_USER=vmapcheck KBUILD_BUILD_HOST=vmapcheck
check() { if "${@:2}"; then echo "PASS: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi; }

# REF: the dir whose findings the others must repeat (--whole: the first ccache build)
REF=plain; REFCC=(CC=gcc); [ $WHOLE = 0 ] || { REF=ccache; REFCC=(CC="ccache gcc" CCACHE_DISABLE=1); }
reference() {	# the reference findings, from W/REF
    "$LK" --stats "$W/$REF" > "$W/plain.txt" 2> "$W/plain.stats"
    log "$REF: $(objs_of "$W/$REF") objects in $(( $(date +%s) - t )) s; link: $(grep -c ': warning: vmapcheck' "$W/plain.txt") finding(s), $(grep -o '[0-9]* units' "$W/plain.stats" | head -1)"
    check "$REF build: the mutation found at $WANT" grep -q "/$WANT:[0-9]*: warning: vmapcheck" "$W/plain.txt"
    log "$REF: the compiles warned $(grep -c 'warning: vmapcheck' "$W/$REF.log") time(s) (one-unit findings, not the link step's)"
}
if step ccache; then
if [ $WHOLE = 0 ]; then
    t=$(date +%s); build plain gcc "$KCF" || { log "plain build failed: $W/plain.log"; exit 1; }
    reference
fi

export CCACHE_DIR=$W/ccache-dir
ccache -z >/dev/null
t=$(date +%s); build ccache "ccache gcc" "$KCF" CCACHE_DIR="$CCACHE_DIR" || { log "ccache build failed"; exit 1; }
if [ $WHOLE = 1 ]; then
    stats=$(ccache --print-stats)
    log "ccache: first build $(awk '$1 == "cache_miss" {print $2}' <<<"$stats") misses (the plugin ran), $(awk '$1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" {s += $2} END {print s + 0}' <<<"$stats") hits"
    reference
    # every object of the build but the host programs' (scripts/, tools/: HOSTCC, no ccache)
    find "$W/ccache" \( -path "$W/ccache/scripts" -o -path "$W/ccache/tools" \) -prune -o \
        \( -name '*.o' -o -name '*.ko' \) -print0 | xargs -0 rm -f
fi
# the targets' objects (a directory target: every object under it)
for tg in "${TARGETS[@]}"; do
    case $tg in
        */) find "$W/ccache/$tg" -name '*.o' -delete ;;
        *) rm -f "$W/ccache/$tg" ;;
    esac
done
ccache -z >/dev/null
build ccache "ccache gcc" "$KCF" CCACHE_DIR="$CCACHE_DIR" || { log "second ccache build failed"; exit 1; }
stats=$(ccache --print-stats)
hits=$(awk '$1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" {s += $2} END {print s + 0}' <<<"$stats")
miss=$(awk '$1 == "cache_miss" {print $2}' <<<"$stats")
"$LK" "$W/ccache" > "$W/ccache.txt" 2>&1
log "ccache: second build $hits hits, $miss misses in $(( $(date +%s) - t )) s (both builds)"
check "ccache: every compile of the second build a cache hit" [ "$hits" -gt 0 -a "$miss" = 0 ]
check "ccache: the same findings" cmp -s "$W/plain.txt" "$W/ccache.txt"
fi

# distccd refuses a command line with -fplugin= ("insecure and not supported", distcc >= 3.2):
# the plugin goes on the command line in the server, by a compiler wrapper that adds it, which
# distccd runs by its path (--enable-tcp-insecure: no masquerade list).  A distccd started by
# root runs as the user distcc: its files live in a directory everyone may write.
# distcc compiles preprocessed source, where GCC's -Waddress fires inside macros it would keep
# quiet about (arch/x86/xen/suspend_pv.c:41): with CONFIG_WERROR, -Wno-error (not vmapcheck's).
if step distcc; then
[ -n "${ONLY:-}" ] && rm -rf "$W/distcc" "$W/distcc.log"
DD=$(mktemp -d /tmp/vmapcheck-distccd.XXXXXX); chmod 777 "$DD"; DLOG=$DD/distccd.log
mkdir -p "$DD/bin" "$DD/client"
printf '#!/bin/sh\nexec gcc %s "$@"\n' "$KCF" > "$DD/bin/vmapcheck-gcc"
chmod 755 "$DD/bin" "$DD/bin/vmapcheck-gcc"
touch "$DLOG"; chmod 666 "$DLOG"
PORT=3632
distccd --daemon --allow 127.0.0.1 --listen 127.0.0.1 --port $PORT --log-file "$DLOG" \
    --log-level info --pid-file "$DD/distccd.pid" --jobs "$JOBS" --enable-tcp-insecure ||
    { log "cannot start distccd"; exit 2; }
sleep 1
t=$(date +%s)
build distcc "distcc $DD/bin/vmapcheck-gcc" "-Wno-error" DISTCC_HOSTS="127.0.0.1:$PORT/$JOBS" DISTCC_FALLBACK=0 \
    DISTCC_SKIP_LOCAL_RETRY=1 DISTCC_BACKOFF_PERIOD=0 DISTCC_DIR="$DD/client" ||
    log "distcc build failed (see $W/distcc.log)"
pkill -f "distccd --daemon --allow 127.0.0.1 --listen 127.0.0.1 --port $PORT" 2>/dev/null
remote=$(grep -c 'COMPILE_OK.*vmapcheck-gcc' "$DLOG")
cp "$DLOG" "$W/distccd.log"; rm -rf "$DD"
"$LK" "$W/distcc" > "$W/distcc.txt" 2>&1
log "distcc: $remote compiles ran in the distccd, $(( $(date +%s) - t )) s"
check "distcc: compiles ran in the distccd" [ "$remote" -gt 0 ]
check "distcc: the same findings" cmp -s "$W/plain.txt" "$W/distcc.txt"
fi

if step incr; then
touch "$W/src/drivers/gpu/drm/drm_gem_shmem_helper.c"
t=$(date +%s); n0=$(grep -c '^  CC' "$W/$REF.log")
if [ $WHOLE = 0 ]; then build plain gcc "$KCF"; else build ccache "ccache gcc" "$KCF" CCACHE_DISABLE=1; fi ||
    { log "incremental build failed"; exit 1; }
"$LK" "$W/$REF" > "$W/incr.txt" 2>&1
log "incremental: $(( $(grep -c '^  CC' "$W/$REF.log") - n0 )) CC lines, $(( $(date +%s) - t )) s"
check "incremental rebuild: the same findings" cmp -s "$W/plain.txt" "$W/incr.txt"

# an out-of-tree module (M=) checked against the facts of the kernel build it is built for: it
# maps what drm_gem_get_pages() (drm_gem.o of that build) returns with VM_MAP_PUT_PAGES
mkdir -p "$W/mod"
cat > "$W/mod/xtumod.c" <<'EOS'
// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <drm/drm_gem.h>

void *xtumod_map(struct drm_gem_object *obj);

void *xtumod_map(struct drm_gem_object *obj)
{
	struct page **pages = drm_gem_get_pages(obj);
	void *vaddr;

	if (IS_ERR(pages))
		return NULL;
	vaddr = vmap(pages, obj->size >> PAGE_SHIFT, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr)
		drm_gem_put_pages(obj, pages, false, false);
	return vaddr;
}
EXPORT_SYMBOL_GPL(xtumod_map);
MODULE_LICENSE("GPL");
EOS
echo 'obj-m := xtumod.o' > "$W/mod/Kbuild"
env "${REFCC[@]:1}" make -C "$W/src" O="$W/$REF" ARCH=x86_64 "${REFCC[0]}" M="$W/mod" KCFLAGS="$KCF" xtumod.o \
    > "$W/mod.log" 2>&1
"$LK" "$W/$REF" "$W/mod" > "$W/mod.txt" 2>&1
"$LK" "$W/mod" > "$W/mod-alone.txt" 2>&1
check "M= module: found against the kernel build's facts" grep -q 'xtumod.c:15:[0-9]*: warning: vmapcheck' "$W/mod.txt"
check "M= module: nothing from its own objects alone" [ ! -s "$W/mod-alone.txt" ]
check "M= module: its compile said nothing" bash -c "! grep -q 'warning: vmapcheck' '$W/mod.log'"

fi
for n in ccache distcc incr; do
    [ -f "$W/$n.txt" ] || continue
    cmp -s "$W/plain.txt" "$W/$n.txt" || { echo "== $n differs:"; diff "$W/plain.txt" "$W/$n.txt" | head -10; }
done
grep ': warning: vmapcheck' "$W/plain.txt" | sed "s|$W/src/||"
log "$fails failed; total $(( $(date +%s) - T0 )) s; work dir $W"
[ $fails -eq 0 ]
