#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# check-refusals.sh GCC SRCDIR WORKDIR - the CMake module refuses a plugin
# build that could not load, up front and saying what to pass instead:
#   - a C++ compiler of another GCC major than GCC (any other g++-N here);
#   - a cross g++ (aarch64-linux-gnu-g++-N, if installed): the plugin is
#     host code even for a cross GCC;
#   - a GCC that does not exist.
# Prints PASS:/FAIL: per case and "N passed, N failed"; exits non-zero on a
# failure or when no case could run.
set -u
gcc=$1 src=$2 work=$3
major=$("$gcc" -dumpversion | cut -d. -f1)
pass=0 fail=0

# expect_refusal NAME REGEX CMAKE-ARGS...
expect_refusal() {
	local name=$1 re=$2 out
	shift 2
	rm -rf "$work/b"
	out=$(cmake -S "$src" -B "$work/b" "$@" 2>&1)
	# CMake wraps messages: match them as one line
	if [[ $? -ne 0 ]] && tr -s '\n ' '  ' <<<"$out" | grep -Eq "$re"; then
		echo "PASS: $name"
		pass=$((pass + 1))
	else
		echo "FAIL: $name"
		printf '%s\n' "$out" | tail -8
		fail=$((fail + 1))
	fi
}

mkdir -p "$work"
for m in 11 12 13 14 15 16; do
	[[ $m == "$major" ]] && continue
	command -v "g++-$m" >/dev/null || continue
	expect_refusal "g++-$m for $gcc is refused, naming g++-$major" \
		"CMAKE_CXX_COMPILER=g\+\+-$major" \
		-DVMAPCHECK_GCC="$gcc" -DCMAKE_CXX_COMPILER="g++-$m"
	break
done
cross=aarch64-linux-gnu-g++-$major
if command -v "$cross" >/dev/null; then
	expect_refusal "$cross for $gcc is refused as not host code" \
		"builds code for aarch64-linux-gnu, but the plugin runs .*CMAKE_CXX_COMPILER=g\+\+-$major" \
		-DVMAPCHECK_GCC="$gcc" -DCMAKE_CXX_COMPILER="$cross"
fi
expect_refusal "a GCC that does not exist is refused by name" \
	"compiler 'gcc-does-not-exist' \(VMAPCHECK_GCC\) not found" \
	-DVMAPCHECK_GCC=gcc-does-not-exist -DCMAKE_CXX_COMPILER="g++-$major"
rm -rf "$work/b"
echo "$pass passed, $fail failed"
[[ $fail -eq 0 && $pass -gt 0 ]]
