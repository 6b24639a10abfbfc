#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# test.sh - install what is missing, build vmapcheck.so with GCC 12 and with
# GCC 11, and run the whole test suite through ctest for each: the DejaGnu
# unit tests, the real-kernel-header tier, and (GCC 12 build only) the
# kernel-fix KUnit tier under User-Mode Linux.
#
#   scripts/test.sh            everything
#   VMAPCHECK_KERNEL_TESTS=OFF scripts/test.sh   skip the KUnit tier
#
# Ends with "N passed, N failed": DejaGnu results plus the other ctest tests,
# over both builds.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
kernel_tests=${VMAPCHECK_KERNEL_TESTS:-ON}
if [[ "$kernel_tests" == ON ]]; then
	"$root/scripts/install-deps.sh" --kernel-src || exit 1
else
	"$root/scripts/install-deps.sh" || exit 1
fi

passed=0 failed=0
for v in 12 11; do
	b=$root/build/test-gcc$v
	mkdir -p "$b"
	kt=OFF
	[[ $v == 12 ]] && kt=$kernel_tests
	echo "=== GCC $v: configure and build ($b)"
	if ! cmake -S "$root" -B "$b" -DCMAKE_CXX_COMPILER=g++-$v \
		-DVMAPCHECK_GCC=gcc-$v -DVMAPCHECK_KERNEL_TESTS=$kt >"$b.configure.log" 2>&1 ||
	   ! cmake --build "$b" -j2 >"$b.build.log" 2>&1; then
		cat "$b.configure.log" "$b.build.log" 2>/dev/null | tail -30
		echo "GCC $v: build FAILED"
		failed=$((failed + 1))
		continue
	fi
	echo "=== GCC $v: ctest"
	ctest --test-dir "$b" --output-on-failure 2>&1 | tee "$b.ctest.log"
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
