#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# run-iov-iter-leak.sh [--mode=unfixed|fixed|both]
#
# Shows under User-Mode Linux that Debian's linux-source-6.12 leaks the
# pages of every VM_MAP_PUT_PAGES buffer of the iov_iter KUnit suite
# (lib/kunit_iov_iter.c releases them with vunmap()), and that the patch
# in kernel-fix/6.12-iov_iter/ stops the leak while the suite still passes.
# The patch does not depend on the mm/vmalloc.c series in kernel-fix/6.12/:
# the iov_iter buffers hold order-0 pages, which 6.12's vfree() frees
# correctly.
#
# The measurement comes from kernel-fix/6.12-iov_iter/leak-probe.diff, which
# only this harness applies (it is not part of the fix): suite_init and
# suite_exit hooks on the iov_iter suite that drain the per-CPU page lists
# and print global_zone_page_state(NR_FREE_PAGES) before the first case and
# after the last one, when every case's cleanup actions have run.  The UML
# kernel is configured by kernel-fix/6.12-iov_iter/iov_iter.kunitconfig
# (KUNIT, TEST_IOV_ITER, DEBUG_VM, SLUB_DEBUG_ON), and only the iov_iter
# suite is run.
#
#   unfixed  pristine lib/kunit_iov_iter.c + probe: the suite must pass and
#            at least $LEAK_MIN pages must be missing after it (17 of its
#            20 buffers of 256 pages leak, 4352 pages: the three buffers a
#            folio queue refers to are freed by iov_kunit_destroy_folioq()).
#   fixed    the patch + probe: every case must pass, the free page count
#            must come back to within $SLACK pages, and the kernel log must
#            hold no BUG, Oops or slab error (and no WARNING other than the
#            benign one from arch/um/drivers/virt-pci.c).
#   both     unfixed, then fixed (default).
#
# The patch is checked with the tree's own
# "scripts/checkpatch.pl --strict --no-signoff" (0 errors, 0 warnings), and
# must apply with both "patch -p1" and "git apply" to a pristine copy of
# lib/kunit_iov_iter.c, kept from the tarball.
#
# The extracted tree and the UML build directory are cached in
# ${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/kernel-fix/6.12-iov_iter/<pkg-version>/,
# separate from run-kunit.sh's 6.12 cache, with a copy of each applied diff
# in applied/; switching sides only reverts or re-applies the fix, so only
# lib/kunit_iov_iter.o is rebuilt.  Missing packages are installed with
# apt-get (as root).  Exit status: 0 when every expectation holds, 1 when
# one does not, 2 on a usage or setup error.
#
# Environment: VMAPCHECK_CACHE (cache root), VMAPCHECK_JOBS (make jobs,
# default nproc), VMAPCHECK_KEEP_OLD=1 (do not delete cache entries for
# other package versions).

set -u
set -o pipefail

usage() {
	echo "usage: $0 [--mode=unfixed|fixed|both]" >&2
	exit 2
}

MODE=both
for arg in "$@"; do
	case "$arg" in
	--mode=unfixed|--mode=fixed|--mode=both) MODE=${arg#--mode=} ;;
	-h|--help) usage ;;
	*) echo "unknown argument: $arg" >&2; usage ;;
	esac
done

KV=6.12
HERE=$(cd "$(dirname "$0")" && pwd)
PATCHDIR=$HERE/$KV-iov_iter
PROBE=$PATCHDIR/leak-probe.diff
KUNITCONFIG=$PATCHDIR/iov_iter.kunitconfig
CACHE_ROOT=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}
JOBS=${VMAPCHECK_JOBS:-$(nproc)}
PKG=linux-source-$KV
TARBALL=/usr/src/$PKG.tar.xz
SUITE=iov_iter
FILE=lib/kunit_iov_iter.c
# The unfixed suite leaks 17 buffers of 256 pages (4352 pages); require at
# least 16 of them, so that the measurement noise cannot make a leak.
LEAK_MIN=4096
# Allowed change of the free page count with the fix: below half a buffer
# (256 pages), so that not even one leaked buffer fits in it.
SLACK=64

T_START=$(date +%s)
log() { printf '[run-iov-iter-leak %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; exit 2; }
elapsed() { echo $(( $(date +%s) - $1 )); }

shopt -s nullglob
PATCHES=("$PATCHDIR"/0001-*.patch)
[ ${#PATCHES[@]} = 1 ] || die "expected one 0001-*.patch in $PATCHDIR"
FIX=${PATCHES[0]}
[ -f "$PROBE" ] || die "$PROBE not found"
[ -f "$KUNITCONFIG" ] || die "$KUNITCONFIG not found"

# ---------------------------------------------------------------- packages
ensure_packages() {
	local want="$PKG bc bison flex libelf-dev libssl-dev python3 perl make gcc libc6-dev xz-utils git patch"
	local missing="" p st
	for p in $want; do
		st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
		case "$st" in *" installed") ;; *) missing="$missing $p" ;; esac
	done
	[ -z "$missing" ] && return 0
	[ "$(id -u)" = 0 ] || die "missing packages:$missing (run as root to install them)"
	log "installing:$missing"
	local apt="apt-get -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends"
	# shellcheck disable=SC2086
	if ! DEBIAN_FRONTEND=noninteractive $apt install $missing; then
		log "install failed, running apt-get update and retrying"
		apt-get -q -o DPkg::Lock::Timeout=600 update || die "apt-get update failed"
		# shellcheck disable=SC2086
		DEBIAN_FRONTEND=noninteractive $apt install $missing ||
			die "apt-get install$missing failed"
	fi
}

T0=$(date +%s)
ensure_packages
[ -f "$TARBALL" ] || die "$TARBALL not found"
PKG_VERSION=$(dpkg-query -W -f='${Version}' "$PKG") || die "cannot read $PKG version"
T_APT=$(elapsed "$T0")

# ---------------------------------------------------------------- cache
# One cache entry per package version: the extracted tree with the probe
# applied, its UML build directory, a pristine copy of $FILE, and in
# applied/ a copy of every diff currently applied (the probe, then the
# fix).  A diff whose copy differs from the current file is reverted with
# the copy, together with everything applied after it; a tree that cannot
# be reverted is extracted again.
KEY=$(printf '%s' "$PKG_VERSION" | tr -c 'A-Za-z0-9.+~-' '_')
KDIR=$CACHE_ROOT/kernel-fix/$KV-iov_iter
WORK=$KDIR/$KEY
SRC=$WORK/src
BUILD=$WORK/build
LOGS=$WORK/logs
APPLIED=$WORK/applied
PRISTINE=$WORK/pristine
# The tree is not a git repository: keep git apply (and checkpatch) from
# finding an enclosing one, e.g. when the cache lives inside a checkout.
unset GIT_DIR GIT_WORK_TREE
export GIT_CEILING_DIRECTORIES=$WORK

mkdir -p "$KDIR" 2>/dev/null || die "cannot create $KDIR (run as root or set VMAPCHECK_CACHE)"
exec 9>"$KDIR/.lock"
flock 9 || die "cannot lock $KDIR/.lock"

if [ "${VMAPCHECK_KEEP_OLD:-0}" != 1 ]; then
	for old in "$KDIR"/*/; do
		old=${old%/}
		[ "$old" = "$WORK" ] && continue
		log "removing stale cache entry $old"
		rm -rf "$old"
	done
fi

log "$PKG $PKG_VERSION, patch $(basename "$FIX"), cache $WORK, jobs $JOBS"

extract() {
	rm -rf "$SRC" "$BUILD" "$APPLIED" "$PRISTINE" "$WORK/tmp" "$WORK/.extracted"
	mkdir -p "$WORK/tmp" "$APPLIED" "$PRISTINE/$(dirname "$FILE")"
	log "extracting $TARBALL"
	tar -C "$WORK/tmp" -xf "$TARBALL" || die "tar failed"
	mv "$WORK/tmp/$PKG" "$SRC" || die "unexpected tarball layout"
	rmdir "$WORK/tmp"
	cp "$SRC/$FILE" "$PRISTINE/$FILE" || die "no $FILE in $TARBALL"
	touch "$WORK/.extracted"
}

# Applied diffs, in order: the probe, then the fix.
ORDER=("$PROBE" "$FIX")

# Revert everything applied when any applied copy differs from the current
# file (or is not one of them): reverting and re-applying only touches
# $FILE, so nothing else is rebuilt.
sync_applied() {
	local a i stale=0 known list=()

	for a in "$APPLIED"/*; do
		known=0
		for (( i = 0; i < ${#ORDER[@]}; i++ )); do
			[ "$(basename "$a")" = "$(basename "${ORDER[$i]}")" ] || continue
			known=1
			cmp -s "$a" "${ORDER[$i]}" || stale=1
		done
		[ $known = 1 ] || stale=1
	done
	[ $stale = 1 ] || return 0
	log "diffs changed since the last run, reverting the old ones"
	# Reverse order of application: unknown copies, the fix, the probe.
	for a in "$APPLIED"/*; do
		known=0
		for (( i = 0; i < ${#ORDER[@]}; i++ )); do
			[ "$(basename "$a")" = "$(basename "${ORDER[$i]}")" ] && known=1
		done
		[ $known = 1 ] || list+=("$a")
	done
	for (( i = ${#ORDER[@]} - 1; i >= 0; i-- )); do
		a=$APPLIED/$(basename "${ORDER[$i]}")
		[ -f "$a" ] && list+=("$a")
	done
	for a in "${list[@]}"; do
		if ! (cd "$SRC" && git apply -R "$a"); then
			log "cannot revert $(basename "$a"), extracting again"
			extract
			return 0
		fi
		rm -f "$a"
	done
}

T0=$(date +%s)
if [ -f "$WORK/.extracted" ] && [ -d "$APPLIED" ] && [ -f "$PRISTINE/$FILE" ]; then
	CACHED=yes
	log "reusing extracted tree"
	sync_applied
else
	CACHED=no
	extract
fi
mkdir -p "$LOGS"
T_EXTRACT=$(elapsed "$T0")
cd "$SRC" || die "cannot enter $SRC"

# ---------------------------------------------------------------- patches
is_applied() { [ -f "$APPLIED/$(basename "$1")" ]; }

apply_patch() {
	is_applied "$1" && return 0
	if ! git apply --check "$1" 2>/dev/null; then
		# Applied by a run that stopped before recording it?
		if git apply -R --check "$1" 2>/dev/null; then
			cp "$1" "$APPLIED/"
			log "$(basename "$1") was already applied"
			return 0
		fi
		die "$(basename "$1") does not apply; remove $WORK to start afresh"
	fi
	git apply "$1" || die "git apply $(basename "$1") failed"
	cp "$1" "$APPLIED/"
	log "applied $(basename "$1")"
}

revert_patch() {
	is_applied "$1" || return 0
	git apply -R "$APPLIED/$(basename "$1")" || die "git apply -R $(basename "$1") failed"
	rm -f "$APPLIED/$(basename "$1")"
	log "reverted $(basename "$1")"
}

# ---------------------------------------------------------------- checks
# checkpatch, and the patch applies to the pristine file with patch and
# with git apply.
CP_FAIL=0
T0=$(date +%s)
out=$(perl ./scripts/checkpatch.pl --strict --no-signoff "$FIX" 2>&1)
printf '%s\n' "$out" > "$LOGS/checkpatch-$(basename "$FIX" .patch).log"
CP_TOTAL=$(printf '%s\n' "$out" | grep -E '^total: ' | tail -1)
errs=$(printf '%s' "$CP_TOTAL" | sed -nE 's/^total: ([0-9]+) errors?, ([0-9]+) warnings?.*/\1/p')
warns=$(printf '%s' "$CP_TOTAL" | sed -nE 's/^total: ([0-9]+) errors?, ([0-9]+) warnings?.*/\2/p')
if [ -z "$errs" ] || [ "$errs" != 0 ] || [ "$warns" != 0 ]; then
	CP_FAIL=1
	printf '%s\n' "$out" | grep -E '^(ERROR|WARNING)' | sed 's/^/    /'
fi
echo "  checkpatch $(basename "$FIX"): ${CP_TOTAL:-no result}"

APPLY_FAIL=0
tmp=$WORK/apply-check
rm -rf "$tmp"
mkdir -p "$tmp/$(dirname "$FILE")"
cp "$PRISTINE/$FILE" "$tmp/$FILE"
if (cd "$tmp" && patch -p1 --dry-run -s < "$FIX" > "$LOGS/apply-check.log" 2>&1) &&
   (cd "$tmp" && git apply --check "$FIX" >> "$LOGS/apply-check.log" 2>&1); then
	APPLY_LINE="applies to the pristine $FILE with patch -p1 and git apply"
else
	APPLY_LINE="does NOT apply to the pristine $FILE, see $LOGS/apply-check.log"
	APPLY_FAIL=1
fi
rm -rf "$tmp"
echo "  $(basename "$FIX") $APPLY_LINE"
T_CHECKS=$(elapsed "$T0")

# ---------------------------------------------------------------- kunit
kunit_run() {
	python3 ./tools/testing/kunit/kunit.py run --kunitconfig="$KUNITCONFIG" \
		--build_dir="$BUILD" --jobs="$JOBS" "$SUITE"
}

# measure <side>: boots the UML kernel with the iov_iter suite and sets
# RC, RESULT (kunit.py's "Testing complete" line), PASSED_ALL (yes/no),
# BEFORE, AFTER and LEAKED (pages) from the probe, BAD (kernel log lines
# that must not be there) and WARNS (compiler warnings for $FILE).
measure() {
	local side=$1 out probe

	out=$LOGS/$side.log
	kunit_run > "$out" 2>&1
	RC=$?
	cp -f "$BUILD/test.log" "$LOGS/$side-boot.log" 2>/dev/null
	RESULT=$(sed -E 's/^\[[0-9:]+\] //' "$out" | grep -E '^Testing complete\.' | tail -1)
	PASSED_ALL=no
	if [ "$RC" = 0 ] && printf '%s' "$RESULT" | grep -qE 'Ran [1-9][0-9]* tests?: passed: [0-9]+$'; then
		PASSED_ALL=yes
	fi
	probe=$(grep -oE 'vmapcheck-probe: suite iov_iter: free pages before [0-9]+ after [0-9]+ leaked -?[0-9]+' \
		"$LOGS/$side-boot.log" 2>/dev/null | tail -1)
	BEFORE=$(printf '%s' "$probe" | sed -nE 's/.* before ([0-9]+) .*/\1/p')
	AFTER=$(printf '%s' "$probe" | sed -nE 's/.* after ([0-9]+) .*/\1/p')
	LEAKED=$(printf '%s' "$probe" | sed -nE 's/.* leaked (-?[0-9]+)$/\1/p')
	BAD=$(grep -E '(^|[] ])(BUG[: ]|Oops|Kernel panic|WARNING:|Object already free|Poison overwritten|Redzone|page dumped because)' \
		"$LOGS/$side-boot.log" 2>/dev/null |
		grep -vE 'arch/um/drivers/virt-pci\.c' | head -5)
	WARNS=$(grep -E "$FILE:[0-9]+:[0-9]+: (error|warning):" "$out" | head -5)
}

UNFIXED_OK=skip
FIXED_OK=skip
UNFIXED_LINE=""
FIXED_LINE=""
T_UNFIXED=0
T_FIXED=0

run_unfixed() {
	local t0 ok=1
	t0=$(date +%s)
	log "=== side UNFIXED: pristine $FILE + leak probe"
	revert_patch "$FIX"
	apply_patch "$PROBE"
	measure unfixed
	if [ -z "$LEAKED" ]; then
		log "no probe line in $LOGS/unfixed-boot.log"
		ok=0
	elif [ "$LEAKED" -lt "$LEAK_MIN" ]; then
		log "only $LEAKED pages leaked, expected at least $LEAK_MIN"
		ok=0
	fi
	[ "$PASSED_ALL" = yes ] || { log "the suite did not pass: ${RESULT:-no result}, kunit.py rc=$RC"; ok=0; }
	UNFIXED_LINE="${RESULT:-no result}, kunit.py rc=$RC; free pages before ${BEFORE:-?}, after ${AFTER:-?}: ${LEAKED:-?} pages leaked (expected >= $LEAK_MIN)"
	T_UNFIXED=$(elapsed "$t0")
	if [ $ok = 1 ]; then UNFIXED_OK=yes; else UNFIXED_OK=no; fi
	log "side UNFIXED: $UNFIXED_LINE -> expectation $( [ $ok = 1 ] && echo MET || echo NOT MET ) (${T_UNFIXED}s, log $LOGS/unfixed.log)"
}

run_fixed() {
	local t0 ok=1
	t0=$(date +%s)
	log "=== side FIXED: $(basename "$FIX") + leak probe"
	apply_patch "$PROBE"
	apply_patch "$FIX"
	measure fixed
	if [ -z "$LEAKED" ]; then
		log "no probe line in $LOGS/fixed-boot.log"
		ok=0
	elif [ "$LEAKED" -gt "$SLACK" ] || [ "$LEAKED" -lt "-$SLACK" ]; then
		log "free page count changed by $LEAKED pages, allowed +-$SLACK"
		ok=0
	fi
	[ "$PASSED_ALL" = yes ] || { log "the suite did not pass: ${RESULT:-no result}, kunit.py rc=$RC"; ok=0; }
	sed -E 's/^\[[0-9:]+\] //' "$LOGS/fixed.log" | grep -E '^\[(FAILED|CRASHED)\]' | sed 's/^/  fixed    /'
	if [ -n "$BAD" ]; then
		log "the kernel log has errors:"
		printf '%s\n' "$BAD" | sed 's/^/    /'
		ok=0
	fi
	if [ -n "$WARNS" ]; then
		log "$FILE builds with warnings:"
		printf '%s\n' "$WARNS" | sed 's/^/    /'
		ok=0
	fi
	FIXED_LINE="${RESULT:-no result}, kunit.py rc=$RC; free pages before ${BEFORE:-?}, after ${AFTER:-?}: delta ${LEAKED:-?} pages (allowed +-$SLACK)"
	T_FIXED=$(elapsed "$t0")
	if [ $ok = 1 ]; then FIXED_OK=yes; else FIXED_OK=no; fi
	log "side FIXED: $FIXED_LINE -> expectation $( [ $ok = 1 ] && echo MET || echo NOT MET ) (${T_FIXED}s, log $LOGS/fixed.log)"
}

U_LEAKED=""
case "$MODE" in
unfixed) run_unfixed; U_LEAKED=$LEAKED; U_BEFORE=$BEFORE; U_AFTER=$AFTER ;;
fixed) run_fixed ;;
both) run_unfixed; U_LEAKED=$LEAKED; U_BEFORE=$BEFORE; U_AFTER=$AFTER; run_fixed ;;
esac

# ---------------------------------------------------------------- summary
echo
echo "==== vmapcheck kernel-fix $KV iov_iter leak summary ($PKG $PKG_VERSION, mode $MODE)"
echo "  checkpatch $(basename "$FIX"): ${CP_TOTAL:-no result}"
echo "  $(basename "$FIX") $APPLY_LINE"
[ "$UNFIXED_OK" = skip ] || echo "  UNFIXED (pristine $FILE): $UNFIXED_LINE; expectation met: $UNFIXED_OK"
[ "$FIXED_OK" = skip ] || echo "  FIXED ($(basename "$FIX")): $FIXED_LINE; expectation met: $FIXED_OK"
echo "  times: apt ${T_APT}s, extract ${T_EXTRACT}s (cached tree: $CACHED), checks ${T_CHECKS}s, unfixed ${T_UNFIXED}s, fixed ${T_FIXED}s, total $(elapsed "$T_START")s"
echo "  logs: $LOGS"

rc=0
[ "$CP_FAIL" = 0 ] || { echo "  FAIL: checkpatch reported errors or warnings"; rc=1; }
[ "$APPLY_FAIL" = 0 ] || { echo "  FAIL: the patch does not apply to the pristine file"; rc=1; }
[ "$UNFIXED_OK" != no ] || { echo "  FAIL: the unfixed side did not leak as expected"; rc=1; }
[ "$FIXED_OK" != no ] || { echo "  FAIL: the fixed side leaked or did not pass"; rc=1; }
res=PASS
[ $rc = 0 ] || res=FAIL
u="unfixed: -"
[ "$UNFIXED_OK" = skip ] || u="unfixed: free pages ${U_BEFORE:-?} -> ${U_AFTER:-?}, ${U_LEAKED:-?} pages leaked"
f="fixed: -"
[ "$FIXED_OK" = skip ] || f="fixed: free pages ${BEFORE:-?} -> ${AFTER:-?}, delta ${LEAKED:-?} pages"
echo "  RESULT: $res ($u; $f; slack +-$SLACK)"
exit $rc
