#!/bin/bash
# testsuite/link/check-inputs.sh CC PLUGIN LINK OUTDIR
#
# What vmapcheck-link reads and how it exits, on the objects of the link tier's xtu-extern
# group compiled with the plugin: the findings printed for the two objects given by name must
# be the same, line for line, when they come as a directory, an ar archive, a thin archive,
# one `ld -r` object (as vmlinux.o is made), and as the objects plus that `ld -r` object (each
# unit counted once); the exit status is 1 with findings, 0 with --exit-zero or without
# findings, 2 for an input that cannot be read; a block of an unknown format version is
# skipped with a message naming it.  With -m32 (when CC has it) the 32-bit objects give the
# same findings.  Prints one PASS/FAIL line per check and exits non-zero on any FAIL.
set -u
[ $# -eq 4 ] || { echo "usage: $0 CC PLUGIN LINK OUTDIR" >&2; exit 2; }
CC=$1 PLUGIN=$2 LINK=$3 OUT=$4
HERE=$(cd "$(dirname "$0")" && pwd)
T=$HERE/../vmapcheck.link
INC=$HERE/../vmapcheck.dg/include
rm -rf "$OUT"; mkdir -p "$OUT"
export LC_ALL=C
fails=0

check() {	# NAME CONDITION...
	local name=$1; shift
	if "$@"; then echo "PASS: $name"; else echo "FAIL: $name"; fails=$((fails + 1)); fi
}

compile() {	# DIR FLAGS...
	local d=$1 f; shift
	mkdir -p "$d"
	for f in xtu-extern_0 xtu-extern_1; do
		$CC -O2 -std=gnu11 -I"$INC" -include k612.h -fplugin="$PLUGIN" "$@" \
			-c "$T/$f.c" -o "$d/$f.o" 2>>"$d/compile.log" || return 1
	done
}

same() {	# FILE FILE
	cmp -s "$1" "$2" || { diff "$1" "$2" | head -5; return 1; }
}

compile "$OUT/o" || { echo "FAIL: the link tier's objects do not compile"; exit 1; }
O="$OUT/o/xtu-extern_0.o $OUT/o/xtu-extern_1.o"

# shellcheck disable=SC2086
"$LINK" $O >"$OUT/objs.txt" 2>&1; rc=$?
check "objects: findings, exit 1" [ "$rc" -eq 1 -a "$(grep -c ': warning: vmapcheck' "$OUT/objs.txt")" -ge 3 ]
check "the compiles said nothing" [ ! -s "$OUT/o/compile.log" ]

"$LINK" "$OUT/o" >"$OUT/dir.txt" 2>&1
check "a directory: the same findings" same "$OUT/objs.txt" "$OUT/dir.txt"

# shellcheck disable=SC2086
ar rcs "$OUT/lib.a" $O && "$LINK" "$OUT/lib.a" >"$OUT/ar.txt" 2>&1
check "an archive: the same findings" same "$OUT/objs.txt" "$OUT/ar.txt"

# shellcheck disable=SC2086
ar rcsT "$OUT/thin.a" $O && "$LINK" "$OUT/thin.a" >"$OUT/thin.txt" 2>&1
check "a thin archive: the same findings" same "$OUT/objs.txt" "$OUT/thin.txt"

# shellcheck disable=SC2086
ld -r -o "$OUT/all.o" $O && "$LINK" "$OUT/all.o" >"$OUT/ldr.txt" 2>&1
check "ld -r: the same findings" same "$OUT/objs.txt" "$OUT/ldr.txt"

# shellcheck disable=SC2086
"$LINK" $O "$OUT/all.o" "$OUT/lib.a" >"$OUT/dup.txt" 2>&1
check "each unit once (objects, ld -r and archive together)" same "$OUT/objs.txt" "$OUT/dup.txt"

# shellcheck disable=SC2086
"$LINK" --exit-zero $O >/dev/null 2>&1
check "--exit-zero: exit 0" [ $? -eq 0 ]
"$LINK" "$OUT/o/xtu-extern_1.o" >"$OUT/one.txt" 2>&1; rc=$?
check "the callee alone: no finding, exit 0" [ "$rc" -eq 0 -a ! -s "$OUT/one.txt" ]
"$LINK" "$OUT/no-such.o" >"$OUT/missing.txt" 2>&1; rc=$?
check "an input that cannot be read: exit 2, named" [ "$rc" -eq 2 ] && grep -q 'no-such.o' "$OUT/missing.txt"

# a block of another format version (a newer plugin) is skipped, and says so
printf '\t.pushsection .discard.vmapcheck\n\t.ascii "vmapcheck-facts 99\\011future.c\\012call\\011fn:x\\0110\\012end\\012"\n\t.popsection\n' \
	>"$OUT/future.s" && $CC -c "$OUT/future.s" -o "$OUT/future.o"
# shellcheck disable=SC2086
"$LINK" $O "$OUT/future.o" >"$OUT/future.txt" 2>"$OUT/future.err"
check "another format version: skipped, named" grep -q 'future.o: facts of version 99' "$OUT/future.err"
check "another format version: the rest unchanged" same "$OUT/objs.txt" "$OUT/future.txt"

if $CC -m32 -S -x c /dev/null -o /dev/null 2>/dev/null; then
	compile "$OUT/m32" -m32
	"$LINK" "$OUT/m32" >"$OUT/m32.txt" 2>&1
	sed "s|$OUT/m32/|$OUT/o/|" "$OUT/m32.txt" >"$OUT/m32n.txt"
	check "32-bit objects: the same findings" same "$OUT/objs.txt" "$OUT/m32n.txt"
fi

echo "check-inputs: $fails failed"
[ "$fails" -eq 0 ]
