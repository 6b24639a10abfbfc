#!/bin/bash
# check-baseline.sh GCC PLUGIN WORKDIR - the baseline of accepted findings
#   1. -fplugin-arg-vmapcheck-baseline-write=FILE over two.c (two findings) writes two keys and
#      still reports both;
#   2. -fplugin-arg-vmapcheck-baseline=FILE: nothing reported;
#   3. the same after unrelated edits (ten lines added at the top, the function bodies moved):
#      nothing reported;
#   4. a new finding (-DTHIRD, maybe_third()): exactly that one reported;
#   5. -fplugin-arg-vmapcheck-root=DIR: keys name files relative to it, so a copy of the tree
#      given its own root shares them (without it they differ); a root that is not there is an
#      error;
#   6. a missing baseline file: an error naming it.
# Prints PASS/FAIL lines and "N passed, N failed".
set -uo pipefail
CC=$1 SO=$(readlink -f "$2") W=$3
HERE=$(cd "$(dirname "$0")" && pwd)
INC=$HERE/../vmapcheck.dg/include
pass=0 fail=0
check() { if "${@:2}"; then echo "PASS: $1"; pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
rm -rf "$W"; mkdir -p "$W"
cp "$HERE/two.c" "$W/two.c"
cc() { LC_ALL=C "$CC" -std=gnu11 -O2 -I"$INC" -include k612.h -fplugin="$SO" -c "$W/two.c" -o "$W/two.o" "$@" 2>&1
    echo "exit $?"; }
# the vmapcheck warnings of a compile that succeeded, else "failed"
warns() { if grep -q '^exit 0$' <<<"$1"; then grep -c ': warning: vmapcheck:' <<<"$1"; else echo failed; fi; }

out=$(cc -fplugin-arg-vmapcheck-baseline-write="$W/base.txt")
check "write: both findings reported ($(warns "$out"))" [ "$(warns "$out")" = 2 ]
check "write: two keys written ($(cat "$W/base.txt" 2>/dev/null | wc -l))" [ "$(cat "$W/base.txt" 2>/dev/null | wc -l)" = 2 ]
check "write: keys name kind, file, function, allocation and mapping" \
    grep -sqP '^tail-page\t.*/two\.c\tmap_compound\talloc_pages\tvmap$' "$W/base.txt"
out=$(cc -fplugin-arg-vmapcheck-baseline="$W/base.txt")
check "baseline: nothing reported ($(warns "$out"))" [ "$(warns "$out")" = 0 ]
{ for i in $(seq 10); do echo "/* an unrelated line $i */"; done; cat "$HERE/two.c"; } > "$W/two.c"
out=$(cc -fplugin-arg-vmapcheck-baseline="$W/base.txt")
check "baseline after unrelated edits: nothing reported ($(warns "$out"))" [ "$(warns "$out")" = 0 ]
out=$(cc -DTHIRD -fplugin-arg-vmapcheck-baseline="$W/base.txt")
check "a new finding: exactly it ($(warns "$out"))" \
    [ "$(warns "$out")" = 1 -a "$(grep -c 'In function .maybe_third' <<<"$out")" = 1 ]
# keys relative to the tree's root: a copy of the tree elsewhere, given its root, shares them
mkdir -p "$W/a/drivers" "$W/b/drivers"; cp "$HERE/two.c" "$W/a/drivers/"; cp "$HERE/two.c" "$W/b/drivers/"
cct() { LC_ALL=C "$CC" -std=gnu11 -O2 -I"$INC" -include k612.h -fplugin="$SO" -c "$W/$1/drivers/two.c" \
    -o "$W/$1/two.o" "${@:2}" 2>&1; echo "exit $?"; }
out=$(cct a -fplugin-arg-vmapcheck-root="$W/a" -fplugin-arg-vmapcheck-baseline-write="$W/base-a.txt")
check "root=: the key names drivers/two.c" grep -sqP '^tail-page\tdrivers/two\.c\tmap_compound\t' "$W/base-a.txt"
out=$(cct b -fplugin-arg-vmapcheck-root="$W/b" -fplugin-arg-vmapcheck-baseline="$W/base-a.txt")
check "root=: a copy of the tree, its own root: nothing reported ($(warns "$out"))" [ "$(warns "$out")" = 0 ]
out=$(cct b -fplugin-arg-vmapcheck-baseline="$W/base-a.txt")
check "without root= the copy's keys differ: both reported ($(warns "$out"))" [ "$(warns "$out")" = 2 ]
out=$(cct b -fplugin-arg-vmapcheck-root="$W/nowhere")
check "a root that does not exist: an error naming it" \
    bash -c "[ '$(warns "$out")' = failed ] && grep -q 'root.*no directory .*nowhere' <<<'$out'"
out=$(cc -fplugin-arg-vmapcheck-baseline="$W/missing.txt")
check "a missing baseline: an error naming it" bash -c "[ '$(warns "$out")' = failed ] && grep -q 'cannot read .*missing.txt' <<<'$out'"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
