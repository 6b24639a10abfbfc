#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# run-kunit.sh <7.2|6.12|6.1> [--mode=unfixed|fixed|both]
#
# Takes the pristine kernel source from Debian's linux-source-<kv> package,
# applies the patch series in kernel-fix/<kv>/ and runs the vmalloc_vmap
# KUnit suite under User-Mode Linux with CONFIG_DEBUG_VM.  6.12 and 6.1 come
# from this Debian 12 machine's archive (apt-get install); linux-source-7.2
# is only in Debian sid, so its .deb is fetched with apt-get download inside
# the sid chroot of scripts/chroot.sh (built on first use), unpacked here
# with dpkg-deb and kept in $VMAPCHECK_CACHE/kernel-fix/packages/.
#
#   unfixed  only the KUnit patch (0001) is applied; the tail-page and
#            unsplit cases must NOT pass (crash or fail), every other case
#            must pass.  Each case runs in its own UML boot
#            (--run_isolated=test) so one crash does not hide the others.
#   fixed    the whole series is applied; every case must pass.  Each fix
#            patch is applied one at a time and mm/vmalloc.o is compiled
#            after each step, so every step of the series builds.  On 7.2
#            the kernel's own iov_iter KUnit suite (a VM_MAP_PUT_PAGES +
#            vfree() user) is built in as well and must pass too.
#   both     unfixed, then fixed (default).
#
# Every patch is checked with the tree's own
# "scripts/checkpatch.pl --strict --no-signoff": 0 errors and 0 warnings.
#
# The extracted tree and the UML build directory are cached in
# ${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/kernel-fix/<kv>/<pkg-version>/, with a copy
# of each applied patch, so the cache follows both the package version and
# the patch contents; switching sides only reverts or re-applies the fix
# patches, so only mm/vmalloc.o is rebuilt.  Missing packages are installed with apt-get
# (as root).  Exit status: 0 when every expectation holds, 1 when one does
# not, 2 on a usage or setup error.
#
# Environment: VMAPCHECK_CACHE (cache root), VMAPCHECK_JOBS (make jobs,
# default nproc), VMAPCHECK_KEEP_OLD=1 (do not delete cache entries for
# other package versions).

set -u
set -o pipefail

usage() {
	echo "usage: $0 <7.2|6.12|6.1> [--mode=unfixed|fixed|both]" >&2
	exit 2
}

KV=""
MODE=both
for arg in "$@"; do
	case "$arg" in
	7.2|6.12|6.1) KV=$arg ;;
	--mode=unfixed|--mode=fixed|--mode=both) MODE=${arg#--mode=} ;;
	-h|--help) usage ;;
	*) echo "unknown argument: $arg" >&2; usage ;;
	esac
done
[ -n "$KV" ] || usage

HERE=$(cd "$(dirname "$0")" && pwd)
PATCHDIR=$HERE/$KV
CACHE_ROOT=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}
JOBS=${VMAPCHECK_JOBS:-$(nproc)}
PKG=linux-source-$KV
TARBALL=/usr/src/$PKG.tar.xz
SUITE=vmalloc_vmap
# Cases that must not pass without the fix (tail pages / unsplit block).
BUG_CASES="vmap_put_pages_unsplit_rejected vmap_put_pages_compound vmap_put_pages_large_folio vmap_put_pages_two_folios"
# Where the package comes from (apt: this machine's archive; sid: fetched
# through the sid chroot), and the kernel's own KUnit suite that must still
# pass with the whole series (with the option that builds it in).
case $KV in
7.2)	PKG_FROM=sid
	EXTRA_SUITE=iov_iter
	EXTRA_KCONFIG=CONFIG_TEST_IOV_ITER=y ;;
*)	PKG_FROM=apt
	EXTRA_SUITE=""
	EXTRA_KCONFIG="" ;;
esac

T_START=$(date +%s)
log() { printf '[run-kunit %s %s] %s\n' "$KV" "$(date +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; exit 2; }
elapsed() { echo $(( $(date +%s) - $1 )); }

shopt -s nullglob
PATCHES=()
for p in "$PATCHDIR"/[0-9][0-9][0-9][0-9]-*.patch; do
	case "$(basename "$p")" in 0000-*) continue ;; esac
	PATCHES+=("$p")
done
[ ${#PATCHES[@]} -ge 2 ] || die "no patch series in $PATCHDIR"
TEST_PATCH=${PATCHES[0]}
FIX_PATCHES=("${PATCHES[@]:1}")

# ---------------------------------------------------------------- packages
ensure_packages() {
	local want="bc bison flex libelf-dev libssl-dev python3 perl make gcc libc6-dev xz-utils git"
	[ "$PKG_FROM" = apt ] && want="$PKG $want"
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

# linux-source-<kv> from Debian sid: apt-get download inside the sid chroot
# (scripts/chroot.sh builds it on first use), dpkg-deb on the host; the
# tarball and its package version are kept in $PKGCACHE and reused from
# then on, without the network.  Delete $PKGCACHE to fetch it again.
fetch_sid_source() {
	local chroot_sh=$HERE/../scripts/chroot.sh cdir sub deb ver tmp
	local apt_o="-q -o Acquire::Check-Valid-Until=false -o APT::Sandbox::User=root"

	PKGCACHE=$CACHE_ROOT/kernel-fix/packages/$PKG
	TARBALL=$PKGCACHE/$PKG.tar.xz
	if [ -f "$TARBALL" ] && [ -s "$PKGCACHE/version" ]; then
		PKG_VERSION=$(cat "$PKGCACHE/version")
		return 0
	fi
	[ "$(id -u)" = 0 ] || die "$PKG is not cached in $PKGCACHE; fetching it from Debian sid needs root (the sid chroot)"
	[ -x "$chroot_sh" ] || die "$chroot_sh not found: it is needed to fetch $PKG from Debian sid"
	command -v dpkg-deb >/dev/null || die "dpkg-deb not found"
	mkdir -p "$PKGCACHE" || die "cannot create $PKGCACHE (set VMAPCHECK_CACHE)"
	log "$PKG is only in Debian sid: fetching it through the sid chroot (scripts/chroot.sh sid)"
	cdir=$("$chroot_sh" sid) ||
		die "cannot build the Debian sid chroot (scripts/chroot.sh sid: mmdebstrap and the Debian mirror are needed), so $PKG cannot be fetched"
	sub=/tmp/vmapcheck-kernel-fix.$$
	# shellcheck disable=SC2086
	if ! "$chroot_sh" sid run "rm -rf $sub && mkdir -p $sub && cd $sub &&
			apt-get $apt_o update && apt-get $apt_o download $PKG"; then
		rm -rf "${cdir:?}$sub"
		die "apt-get download $PKG failed in the sid chroot ($cdir): is $PKG still in sid?"
	fi
	deb=$(ls "$cdir$sub/${PKG}"_*.deb 2>/dev/null | head -1)
	[ -n "$deb" ] || die "apt-get download left no ${PKG}_*.deb in $cdir$sub"
	ver=$(dpkg-deb -f "$deb" Version) || die "cannot read the version of $deb"
	tmp=$PKGCACHE/tmp.$$
	rm -rf "$tmp" && mkdir -p "$tmp"
	dpkg-deb --fsys-tarfile "$deb" | tar -C "$tmp" -x "./usr/src/$PKG.tar.xz" ||
		{ rm -rf "$tmp" "${cdir:?}$sub"; die "cannot unpack usr/src/$PKG.tar.xz from $deb"; }
	if ! mv -f "$tmp/usr/src/$PKG.tar.xz" "$TARBALL" ||
	   ! printf '%s\n' "$ver" > "$PKGCACHE/version"; then
		die "cannot store $TARBALL"
	fi
	rm -rf "$tmp" "${cdir:?}$sub"
	log "fetched $PKG $ver into $PKGCACHE"
	PKG_VERSION=$ver
}

T0=$(date +%s)
ensure_packages
if [ "$PKG_FROM" = sid ]; then
	fetch_sid_source
	[ -f "$TARBALL" ] || die "$TARBALL not found"
else
	[ -f "$TARBALL" ] || die "$TARBALL not found"
	PKG_VERSION=$(dpkg-query -W -f='${Version}' "$PKG") || die "cannot read $PKG version"
fi
T_APT=$(elapsed "$T0")

# ---------------------------------------------------------------- cache
# One cache entry per package version: the extracted tree, its UML build
# directory, and in applied/ a copy of every patch currently applied to the
# tree.  The patch contents (hash below) decide what has to be reverted:
# when a patch changes, the old copies are reverted and the new series is
# applied, so only the files it touches are rebuilt.  A tree that cannot be
# reverted cleanly is extracted again.
HASH=$(cat "${PATCHES[@]}" | sha256sum | cut -c1-12)
KEY=$(printf '%s' "$PKG_VERSION" | tr -c 'A-Za-z0-9.+~-' '_')
KDIR=$CACHE_ROOT/kernel-fix/$KV
WORK=$KDIR/$KEY
SRC=$WORK/src
BUILD=$WORK/build
LOGS=$WORK/logs
APPLIED=$WORK/applied
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

log "$PKG $PKG_VERSION, series $HASH ($(basename "$PATCHDIR")/, ${#PATCHES[@]} patches), cache $WORK, jobs $JOBS"

extract() {
	rm -rf "$SRC" "$BUILD" "$APPLIED" "$WORK/tmp" "$WORK/.extracted"
	mkdir -p "$WORK/tmp" "$APPLIED"
	log "extracting $TARBALL"
	tar -C "$WORK/tmp" -xf "$TARBALL" || die "tar failed"
	mv "$WORK/tmp/$PKG" "$SRC" || die "unexpected tarball layout"
	rmdir "$WORK/tmp"
	touch "$WORK/.extracted"
}

# Revert every applied patch whose copy differs from the current series,
# together with everything applied after it.
sync_applied() {
	local a stale="" list=()

	for a in "$APPLIED"/*.patch; do
		list+=("$a")
		if [ -z "$stale" ] && ! cmp -s "$a" "$PATCHDIR/$(basename "$a")"; then
			stale=$a
		fi
	done
	[ -n "$stale" ] || return 0
	log "series changed since the last run, reverting the old patches"
	local i
	for (( i = ${#list[@]} - 1; i >= 0; i-- )); do
		if ! (cd "$SRC" && git apply -R "${list[$i]}"); then
			log "cannot revert $(basename "${list[$i]}"), extracting again"
			extract
			return 0
		fi
		rm -f "${list[$i]}"
		[ "${list[$i]}" = "$stale" ] && break
	done
}

T0=$(date +%s)
if [ -f "$WORK/.extracted" ] && [ -d "$APPLIED" ]; then
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

# Unfixed: fix patches reverted (last first), test patch applied.
set_unfixed() {
	local i
	for (( i = ${#FIX_PATCHES[@]} - 1; i >= 0; i-- )); do
		revert_patch "${FIX_PATCHES[$i]}"
	done
	apply_patch "$TEST_PATCH"
}

# ---------------------------------------------------------------- checkpatch
CP_FAIL=0
CP_SUMMARY=""
T0=$(date +%s)
for p in "${PATCHES[@]}"; do
	out=$(perl ./scripts/checkpatch.pl --strict --no-signoff "$p" 2>&1)
	total=$(printf '%s\n' "$out" | grep -E '^total: ' | tail -1)
	printf '%s\n' "$out" > "$LOGS/checkpatch-$(basename "$p" .patch).log"
	errs=$(printf '%s' "$total" | sed -nE 's/^total: ([0-9]+) errors?, ([0-9]+) warnings?.*/\1/p')
	warns=$(printf '%s' "$total" | sed -nE 's/^total: ([0-9]+) errors?, ([0-9]+) warnings?.*/\2/p')
	if [ -z "$errs" ] || [ "$errs" != 0 ] || [ "$warns" != 0 ]; then
		CP_FAIL=1
		printf '%s\n' "$out" | grep -E '^(ERROR|WARNING)' | sed 's/^/    /'
	fi
	CP_SUMMARY="$CP_SUMMARY  checkpatch $(basename "$p"): ${total:-no result}"$'\n'
done
T_CHECKPATCH=$(elapsed "$T0")
printf '%s' "$CP_SUMMARY"

# ---------------------------------------------------------------- kunit
# kunit <run|config> [args]: kunit.py with our kunitconfig and build dir
# (plus, on 7.2, the option that builds the iov_iter suite in, on every call
# so that the configuration never changes between the runs).
KCONFIG_ADD=()
[ -z "$EXTRA_KCONFIG" ] || KCONFIG_ADD=(--kconfig_add "$EXTRA_KCONFIG")
# With another suite built in, each run names the suite it wants.
SUITE_GLOB=()
[ -z "$EXTRA_SUITE" ] || SUITE_GLOB=("$SUITE")
kunit() {
	local sub=$1 jobs=()

	shift
	[ "$sub" = config ] || jobs=(--jobs="$JOBS")
	python3 ./tools/testing/kunit/kunit.py "$sub" "$@" --kunitconfig="$SRC/mm" \
		"${KCONFIG_ADD[@]}" --build_dir="$BUILD" "${jobs[@]}"
}

# parse_results <kunit.py stdout log> <isolated|single>
# Prints "name STATUS [detail]" per case, then
# "COUNTS passed failed crashed skipped errors".  With --run_isolated, a boot
# is matched to its case by the kunit.filter_glob on its command line
# (6.12) or else by its position (6.1 does not print the command line;
# kunit.py boots the cases in suite order, as listed in $ALL_CASES).
parse_results() {
	# shellcheck disable=SC2086
	python3 - "$1" "$2" "$SUITE" $ALL_CASES <<'EOF'
import re, sys
path, mode, suite = sys.argv[1:4]
cases = sys.argv[4:]
res, detail, order = {}, {}, []
counts = dict(passed=0, failed=0, crashed=0, skipped=0, errors=0)
cur = None
crashed = False
for line in open(path, errors='replace'):
    line = re.sub(r'^\[\d\d:\d\d:\d\d\] ', '', line.rstrip('\n'))
    m = re.match(r'Starting KUnit Kernel \((\d+)/(\d+)\)', line)
    if m and mode == 'isolated':
        k = int(m.group(1)) - 1
        cur = cases[k] if k < len(cases) else None
        continue
    m = re.search(r'kunit\.filter_glob=' + re.escape(suite) + r'\.(\w+)', line)
    if m:
        cur = m.group(1)
        continue
    m = re.search(r'(page dumped because: .*|BUG: failure at .*|'
                  r'Expected .*|EXPECTATION FAILED at .*)', line)
    if m and cur and cur not in detail:
        detail[cur] = m.group(1).strip()
    m = re.match(r'Testing complete\. Ran (\d+) tests?: (.*)', line)
    if m:
        c = dict((k.strip(), int(v)) for k, v in
                 re.findall(r'(\w+): (\d+)', m.group(2)))
        for k in counts:
            counts[k] += c.get(k, 0)
        if mode == 'isolated' and cur:
            if c.get('crashed'):
                st = 'CRASHED'
            elif c.get('failed'):
                st = 'FAILED'
            elif c.get('passed') == int(m.group(1)) and c.get('passed'):
                st = 'PASSED'
            else:
                st = 'SKIPPED' if c.get('skipped') else 'ERROR'
            if cur not in res:
                order.append(cur)
            res[cur] = st
            cur = None
        continue
    m = re.match(r'\[(PASSED|FAILED|CRASHED|SKIPPED)\] (\w+)$', line)
    if m and mode == 'single' and m.group(2) != suite:
        if m.group(2) not in res:
            order.append(m.group(2))
        res[m.group(2)] = m.group(1)
    elif mode == 'single' and re.match(r'\[CRASHED\]\s*$', line):
        crashed = True
    elif mode == 'single':
        m = re.search(r'(page dumped because: .*|BUG: failure at .*)', line)
        if m and 'crash' not in detail:
            detail['crash'] = m.group(1).strip()
        m = re.search(r'# (\w+): (EXPECTATION FAILED at .*)', line)
        if m and m.group(1) not in detail:
            detail[m.group(1)] = m.group(2).strip()
# A crash in a single boot has no case name: it is the first case without
# a result, and the ones after it never ran.
if mode == 'single' and crashed:
    for n in cases:
        if n not in res:
            res[n] = 'CRASHED'
            detail[n] = detail.get('crash', '')
            order.append(n)
            break
for n in order:
    d = detail.get(n, '') if res[n] != 'PASSED' else ''
    print(n, res[n], d)
print('COUNTS', counts['passed'], counts['failed'], counts['crashed'],
      counts['skipped'], counts['errors'])
EOF
}

# Ordered list of the suite's cases, from the test source: mm/vmalloc_kunit.c
# on 6.x, mm/tests/vmalloc_kunit.c on 7.2 (where mm's KUnit tests live).
ALL_CASES=""
TEST_SRC=""
read_cases() {
	local f
	TEST_SRC=""
	for f in mm/tests/vmalloc_kunit.c mm/vmalloc_kunit.c; do
		[ -f "$SRC/$f" ] && { TEST_SRC=$f; break; }
	done
	[ -n "$TEST_SRC" ] || die "the test patch did not add mm/vmalloc_kunit.c or mm/tests/vmalloc_kunit.c"
	ALL_CASES=$(sed -nE 's/^\s*KUNIT_CASE\((\w+)\),?/\1/p' "$SRC/$TEST_SRC")
	[ -n "$ALL_CASES" ] || die "no KUNIT_CASE in $TEST_SRC"
}

is_bug_case() {
	case " $BUG_CASES " in *" $1 "*) return 0 ;; esac
	return 1
}

UNFIXED_OK=skip
FIXED_OK=skip
UNFIXED_LINE=""
FIXED_LINE=""
SCAN_LINES=""
T_UNFIXED=0
T_FIXED=0

run_unfixed() {
	local t0 out res ok=1 name st
	t0=$(date +%s)
	log "=== side UNFIXED: only $(basename "$TEST_PATCH") applied"
	set_unfixed
	read_cases
	out=$LOGS/unfixed.log
	kunit run --run_isolated=test "${SUITE_GLOB[@]}" > "$out" 2>&1
	local rc=$?
	cp -f "$BUILD/test.log" "$LOGS/unfixed-last-boot.log" 2>/dev/null
	res=$(parse_results "$out" isolated)
	for name in $ALL_CASES; do
		st=$(printf '%s\n' "$res" | awk -v n="$name" '$1 == n { print $2 }')
		[ -n "$st" ] || st=MISSING
		if is_bug_case "$name"; then
			case "$st" in
			FAILED|CRASHED) verdict="ok (must not pass without the fix)" ;;
			*) verdict="UNEXPECTED (must crash or fail)"; ok=0 ;;
			esac
		else
			case "$st" in
			PASSED) verdict="ok" ;;
			*) verdict="UNEXPECTED (must pass)"; ok=0 ;;
			esac
		fi
		printf '  unfixed  %-36s %-8s %s\n' "$name" "$st" "$verdict"
		det=$(printf '%s\n' "$res" | awk -v n="$name" '$1 == n { $1 = ""; $2 = ""; sub(/^ +/, ""); print }')
		[ -z "$det" ] || printf '           %-36s   %s\n' "" "$det"
	done
	[ "$rc" != 0 ] || { log "kunit.py returned 0 on the unfixed side"; ok=0; }
	set -- $(printf '%s\n' "$res" | awk '$1 == "COUNTS" { print $2, $3, $4, $5, $6 }')
	UNFIXED_LINE="ran $(( ${1:-0} + ${2:-0} + ${3:-0} + ${4:-0} )) (one UML boot per case): passed ${1:-0}, failed ${2:-0}, crashed ${3:-0}, skipped ${4:-0}, kunit.py rc=$rc"
	T_UNFIXED=$(elapsed "$t0")
	if [ $ok = 1 ]; then UNFIXED_OK=yes; else UNFIXED_OK=no; fi
	log "side UNFIXED: $UNFIXED_LINE -> expectation $( [ $ok = 1 ] && echo MET || echo NOT MET ) (${T_UNFIXED}s, log $out)"
}

# The kernel's own suite $EXTRA_SUITE, on the same build (whole series
# applied): every case must pass.
EXTRA_LINE=""
run_extra_suite() {
	local out=$LOGS/fixed-$EXTRA_SUITE.log rc line

	kunit run "$EXTRA_SUITE" > "$out" 2>&1
	rc=$?
	cp -f "$BUILD/test.log" "$LOGS/fixed-$EXTRA_SUITE-boot.log" 2>/dev/null
	line=$(sed -E 's/^\[[0-9:]+\] //' "$out" | grep -E '^Testing complete\.' | tail -1)
	EXTRA_LINE="suite $EXTRA_SUITE with the whole series: ${line:-no result}, kunit.py rc=$rc"
	sed -E 's/^\[[0-9:]+\] //' "$out" | grep -E '^\[(FAILED|CRASHED)\]' | sed 's/^/  fixed    /'
	if [ "$rc" = 0 ] && printf '%s' "$line" | grep -qE 'Ran [1-9][0-9]* tests?: passed: [0-9]+$'; then
		log "$EXTRA_LINE -> ok (log $out)"
		return 0
	fi
	log "$EXTRA_LINE -> NOT MET (log $out)"
	EXTRA_LINE="$EXTRA_LINE; expectation met: no"
	return 1
}

run_fixed() {
	local t0 out res ok=1 name st p
	t0=$(date +%s)
	log "=== side FIXED: whole series applied"
	apply_patch "$TEST_PATCH"
	read_cases
	# Configure the build dir, then build each step of the series.
	kunit config > "$LOGS/fixed-config.log" 2>&1 || die "kunit.py config failed, see $LOGS/fixed-config.log"
	for p in "${FIX_PATCHES[@]}"; do
		apply_patch "$p"
		if ! make ARCH=um O="$BUILD" -j"$JOBS" mm/vmalloc.o "${TEST_SRC%.c}.o" \
				> "$LOGS/step-$(basename "$p" .patch).log" 2>&1; then
			log "step $(basename "$p") does not build, see $LOGS/step-$(basename "$p" .patch).log"
			ok=0
		elif grep -E 'mm/(tests/)?vmalloc[a-z_]*\.[ch]:[0-9]+:[0-9]+: (error|warning):' \
				"$LOGS/step-$(basename "$p" .patch).log"; then
			log "step $(basename "$p") builds with warnings"
			ok=0
		else
			log "step $(basename "$p"): mm/vmalloc.o builds"
		fi
	done
	out=$LOGS/fixed.log
	kunit run "${SUITE_GLOB[@]}" > "$out" 2>&1
	local rc=$?
	cp -f "$BUILD/test.log" "$LOGS/fixed-boot.log" 2>/dev/null
	SCAN_LINES=$(grep -o 'scan cost: .*' "$BUILD/test.log" 2>/dev/null)
	res=$(parse_results "$out" single)
	for name in $ALL_CASES; do
		st=$(printf '%s\n' "$res" | awk -v n="$name" '$1 == n { print $2 }')
		[ -n "$st" ] || st=NOT-RUN
		case "$st" in
		PASSED) verdict="ok" ;;
		*) verdict="UNEXPECTED (must pass)"; ok=0 ;;
		esac
		printf '  fixed    %-36s %-8s %s\n' "$name" "$st" "$verdict"
		det=$(printf '%s\n' "$res" | awk -v n="$name" '$1 == n { $1 = ""; $2 = ""; sub(/^ +/, ""); print }')
		[ -z "$det" ] || printf '           %-36s   %s\n' "" "$det"
	done
	[ "$rc" = 0 ] || { log "kunit.py returned $rc on the fixed side, see $out"; ok=0; }
	set -- $(printf '%s\n' "$res" | awk '$1 == "COUNTS" { print $2, $3, $4, $5, $6 }')
	FIXED_LINE="ran $(( ${1:-0} + ${2:-0} + ${3:-0} + ${4:-0} )): passed ${1:-0}, failed ${2:-0}, crashed ${3:-0}, skipped ${4:-0}, kunit.py rc=$rc"
	[ -z "$EXTRA_SUITE" ] || run_extra_suite || ok=0
	T_FIXED=$(elapsed "$t0")
	if [ $ok = 1 ]; then FIXED_OK=yes; else FIXED_OK=no; fi
	log "side FIXED: $FIXED_LINE -> expectation $( [ $ok = 1 ] && echo MET || echo NOT MET ) (${T_FIXED}s, log $out)"
}

case "$MODE" in
unfixed) run_unfixed ;;
fixed) run_fixed ;;
both) run_unfixed; run_fixed ;;
esac

# ---------------------------------------------------------------- summary
echo
echo "==== vmapcheck kernel-fix $KV summary ($PKG $PKG_VERSION, mode $MODE)"
printf '%s' "$CP_SUMMARY"
[ "$UNFIXED_OK" = skip ] || echo "  UNFIXED (KUnit patch only): $UNFIXED_LINE; expectation met: $UNFIXED_OK"
[ "$FIXED_OK" = skip ] || echo "  FIXED (whole series):       $FIXED_LINE; expectation met: $FIXED_OK"
[ -z "$EXTRA_LINE" ] || echo "  FIXED, the kernel's own $EXTRA_LINE"
if [ -n "$SCAN_LINES" ]; then
	printf '%s\n' "$SCAN_LINES" | sed 's/^/  /'
fi
echo "  times: apt ${T_APT}s, extract ${T_EXTRACT}s (cached tree: $CACHED), checkpatch ${T_CHECKPATCH}s, unfixed ${T_UNFIXED}s, fixed ${T_FIXED}s, total $(elapsed "$T_START")s"
echo "  logs: $LOGS"

rc=0
[ "$CP_FAIL" = 0 ] || { echo "  FAIL: checkpatch reported errors or warnings"; rc=1; }
[ "$UNFIXED_OK" != no ] || { echo "  FAIL: the unfixed side did not behave as expected"; rc=1; }
[ "$FIXED_OK" != no ] || { echo "  FAIL: the fixed side did not pass"; rc=1; }
[ $rc = 0 ] && echo "  RESULT: PASS" || echo "  RESULT: FAIL"
exit $rc
