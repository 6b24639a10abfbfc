#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# test.sh - install what is missing, then build vmapcheck.so with every
# supported GCC and run the whole test suite through ctest for each: the
# DejaGnu unit tests, the real-kernel-header tier, the machine-readable
# output test, and (GCC 12 build only) the kernel-fix KUnit tier under
# User-Mode Linux.
#
#   GCC 12 and 11    on this Debian 12 machine
#   GCC 13 and 14    in a Debian trixie chroot  (scripts/chroot.sh, cached)
#   GCC 15 and 16    in a Debian sid chroot
#   arm64-12         the arm64 cross gcc-12 of this machine, loading a plugin
#                    built for it by the host g++-12: the unit tier, the
#                    output-format and CMake tests (not the x86 header tier)
#
#   scripts/test.sh                              everything
#   VMAPCHECK_KERNEL_TESTS=OFF scripts/test.sh   skip the KUnit tier
#   VMAPCHECK_GCCS="12 16" scripts/test.sh       only these compilers
#
# A compiler that cannot be had (its chroot cannot be built) is a failure.
# Ends with "N passed, N failed": DejaGnu results plus the other ctest
# tests, over every compiler.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
kernel_tests=${VMAPCHECK_KERNEL_TESTS:-ON}
gccs=${VMAPCHECK_GCCS:-12 11 13 14 15 16 arm64-12}
if [[ "$kernel_tests" == ON ]]; then
	"$root/scripts/install-deps.sh" --kernel-src || exit 1
else
	"$root/scripts/install-deps.sh" || exit 1
fi

# where GCC $1 lives: this machine or a chroot suite
where_is() {
	case $1 in
	11|12|arm64-12) echo host ;;
	13|14) echo trixie ;;
	15|16) echo sid ;;
	*) echo none ;;
	esac
}

# run shell command $2 on this machine or in chroot $1, from the checkout
run_in() {
	if [[ $1 == host ]]; then
		(cd "$root" && bash -c "$2")
	else
		"$root/scripts/chroot.sh" "$1" run "$2"
	fi
}

passed=0 failed=0
for v in $gccs; do
	b=$root/build/test-gcc$v
	w=$(where_is "$v")
	mkdir -p "$b"
	kt=OFF
	[[ $v == 12 ]] && kt=$kernel_tests
	# arm64-12: the plugin built by the host g++-12 for the arm64 cross
	# gcc-12, which loads it; the kernel-header tier needs x86 headers
	cc=gcc-$v cxx=g++-$v only=
	if [[ $v == arm64-* ]]; then
		cc=aarch64-linux-gnu-gcc-${v#arm64-} cxx=g++-${v#arm64-}
		only="-R 'dejagnu-unit|diag-format|cmake-refusals'"
	fi
	if [[ $w == none ]]; then
		echo "GCC $v: not a supported compiler (11 to 16, arm64-12)"
		failed=$((failed + 1))
		continue
	fi
	if [[ $w != host ]] && ! "$root/scripts/chroot.sh" "$w" >"$b.chroot.log" 2>&1; then
		tail -20 "$b.chroot.log"
		echo "GCC $v: the $w chroot could not be built: FAILED"
		failed=$((failed + 1))
		continue
	fi
	echo "=== GCC $v ($w): configure and build ($b)"
	if ! run_in "$w" "cmake -S '$root' -B '$b' -DCMAKE_CXX_COMPILER=$cxx \
		-DVMAPCHECK_GCC=$cc -DVMAPCHECK_KERNEL_TESTS=$kt" >"$b.configure.log" 2>&1 ||
	   ! run_in "$w" "cmake --build '$b' -j2" >"$b.build.log" 2>&1; then
		cat "$b.configure.log" "$b.build.log" 2>/dev/null | tail -30
		echo "GCC $v: build FAILED"
		failed=$((failed + 1))
		continue
	fi
	echo "=== GCC $v ($w): ctest"
	run_in "$w" "ctest --test-dir '$b' --output-on-failure $only" 2>&1 | tee "$b.ctest.log"
	# count DejaGnu results one by one, other ctest tests (KUnit tiers) as one each
	ran=0
	while read -r name result; do
		ran=$((ran + 1))
		sum=$b/testsuite/$name/vmapcheck.sum
		if [[ $name == dejagnu-* && -f $sum ]]; then
			p=$(grep -c '^PASS:' "$sum")
			f=$(grep -cE '^(FAIL|XPASS|KPASS|UNRESOLVED):' "$sum")
			echo "GCC $v: $name: $p DejaGnu PASS, $f FAIL"
			passed=$((passed + p))
			failed=$((failed + f))
			[[ $result == Passed || $f -gt 0 ]] || failed=$((failed + 1))
		elif [[ $result == Passed ]]; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
		fi
	done < <(sed -n 's/^ *[0-9]*\/[0-9]* *Test *#[0-9]*: \([^ ]*\) \.*[ *]*\(Passed\|Failed\|Timeout\|Not Run\).*/\1 \2/p' "$b.ctest.log")
	if [[ $ran -eq 0 ]]; then
		echo "GCC $v: ctest ran no test"
		failed=$((failed + 1))
	fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
