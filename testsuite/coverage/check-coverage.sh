#!/bin/bash
# check-coverage.sh GCC PLUGIN - -fplugin-arg-vmapcheck-coverage on blind.c: 5 vmap() calls with
# VM_MAP_PUT_PAGES, 2 followed (one of them an array the bulk allocator fills); the other three each named with what stopped the walk (the
# array's allocator, the page's function, the filler), at their lines; without the option,
# no coverage line.  Prints PASS/FAIL lines and "N passed, N failed".
set -uo pipefail
CC=$1 SO=$(readlink -f "$2")
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/blind.c
pass=0 fail=0
check() { if "${@:2}"; then echo "PASS: $1"; pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
line() { grep -n "/\* $1 \*/" "$SRC" | cut -d: -f1; }
run() { LC_ALL=C "$CC" -std=gnu11 -O2 -I"$HERE/../vmapcheck.dg/include" -include k612.h \
    -fplugin="$SO" -c "$SRC" -o /dev/null "$@" 2>&1; }
out=$(run -fplugin-arg-vmapcheck-coverage)
check "the unit line: 5 seen, 2 followed" \
    grep -q "^vmapcheck-coverage: .*blind.c: 5 vmap() with VM_MAP_PUT_PAGES, 2 followed$" <<<"$out"
check "the unknown array allocator named at its vmap()" \
    grep -q "blind.c:$(line ARRAY): not followed: the array from 'my_array_alloc', which the API table does not know" <<<"$out"
check "the unknown page function named" \
    grep -q "blind.c:$(line PAGE): not followed: a page from 'my_get_page'" <<<"$out"
check "the filler of another unit named" \
    grep -q "blind.c:$(line FILLED): not followed: the pages 'my_fill' stores into the array" <<<"$out"
check "nothing for the followed ones" bash -c "! grep -qE 'blind.c:($(line FOLLOWED)|$(line BULK)):' <<<\"\$0\"" "$out"
check "no coverage line without the option" bash -c "! grep -q vmapcheck-coverage <<<\"\$0\"" "$(run)"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
