#!/bin/bash
# check-kbuild.sh CC CHECKER WORKDIR [KDIR]
#
# vmapcheck-cc as kbuild's checker, on an out-of-tree module (M=) against installed kernel
# headers (KDIR, default the newest /usr/src/linux-headers-*-amd64): bad.c hands the tail pages
# of an order-2 compound page to vmap() with VM_MAP_PUT_PAGES, good.c order-0 pages, blind.c
# order-0 pages in an array from the module's own allocator in good.c, vm.c order-0 pages in a
# vcalloc() array (mod/).
#   1. built without a checker, then make C=2 CHECK=vmapcheck-cc: every file checked, the finding
#      reported (with its tag) for bad.c only, no object compiled or changed;
#   2. CF="--fail -fplugin-arg-vmapcheck-level=possible": the same make fails on the finding
#      (a plugin argument through CF= must come after -fplugin=);
#   3. C=1 after touching good.c: only good.c is checked (and recompiled), silently;
#   4. CF=-fplugin-arg-vmapcheck-coverage: bad.c's, good.c's and vm.c's calls followed (arrays
#      from kvmalloc(), kvmalloc_array(), vcalloc(), spelled differently by each kernel), blind.c's not,
#      naming the allocator this unit cannot see;
#   5. Linux 7.x's checker-valid.sh probe (CHECKFLAGS, a file without .c): silent, exit 0.
# A headers tree whose kbuild validates the checker with a script it does not ship (Debian's
# 7.2 headers) is passed over: kbuild turns C= off there.
# The plugin: ../plugin/vmapcheck.so beside the checker (its default).  Prints PASS/FAIL lines
# and "N passed, N failed"; exit 77 (skipped) if there are no headers.
set -uo pipefail
CC=$1 CHECKER=$(readlink -f "$2") W=$3
HERE=$(cd "$(dirname "$0")" && pwd)
# Linux 7.x validates the checker with scripts/checker-valid.sh, which Debian's headers packages
# do not ship: kbuild then turns C= off for them; such a tree is passed over
usable() { local c; c=$(sed -n 's|^include \(.*\)/Makefile$|\1|p' "$1/Makefile" | head -1); c=${c:-$1}
    ! grep -qs checker-valid.sh "$c/Makefile" || [ -f "$c/scripts/checker-valid.sh" ]; }
if [ -z "${4:-}" ]; then
    for d in $(ls -d /usr/src/linux-headers-*-amd64 2>/dev/null | sort -rV); do
        usable "$d" && { KDIR=$d; break; }
    done
else
    KDIR=$4
fi
KDIR=${KDIR:-}
[ -d "$KDIR" ] || { echo "no kernel headers: skipped"; exit 77; }
pass=0 fail=0
check() { if "${@:2}"; then echo "PASS: $1"; pass=$((pass + 1)); else echo "FAIL: $1"; fail=$((fail + 1)); fi; }
rm -rf "$W"; mkdir -p "$W/mod"
cp "$HERE/mod/bad.c" "$HERE/mod/good.c" "$HERE/mod/blind.c" "$HERE/mod/vm.c" "$W/mod/"
printf 'obj-m := ck.o\nck-y := bad.o good.o blind.o vm.o\n' > "$W/mod/Kbuild"
kmake() { env -u KCFLAGS -u ARCH -u CROSS_COMPILE -u C -u CHECK -u CF \
    make -C "$KDIR" M="$W/mod" CC="$CC" "$@"; }

kmake > "$W/build.log" 2>&1
if [ ! -f "$W/mod/bad.o" ] && grep -qE "unrecognized (command-line option|argument)" "$W/build.log"; then
    # kbuild passes the flags of the compiler the headers were configured with (GCC 11 and the
    # Debian 6.12 headers: -ftrivial-auto-var-init=zero); no module builds, checker or not
    echo "$KDIR was configured for another compiler than $CC: $(grep -m1 -oE 'unrecognized .*' "$W/build.log"); skipped"
    exit 77
fi
check "the module builds without a checker" test -f "$W/mod/bad.o" -a -f "$W/mod/good.o" -a -f "$W/mod/blind.o"
t0=$(stat -c %Y "$W/mod/bad.o" "$W/mod/good.o" "$W/mod/blind.o")
kmake C=2 CHECK="$CHECKER" > "$W/c2.log" 2>&1; rc=$?
check "C=2: make succeeds (exit $rc)" [ $rc = 0 ]
check "C=2: the four files checked" [ "$(grep -cE '^  CHECK +.*/(bad|good|blind|vm)\.c$' "$W/c2.log")" = 4 ]
check "C=2: the finding in bad.c, with its tag" \
    grep -qE '/bad\.c:[0-9]+:[0-9]+: warning: vmapcheck: .*tail page of an order-2 compound page.*\[vmapcheck:tail-page\]$' "$W/c2.log"
check "C=2: its notes" grep -qE '/bad\.c:[0-9]+:[0-9]+: note: vmapcheck: order-2 compound page allocated here' "$W/c2.log"
check "C=2: nothing for good.c, blind.c and vm.c" bash -c "! grep -qE '(good|blind|vm)\.c:.*vmapcheck' '$W/c2.log'"
check "C=2: no object compiled" bash -c "! grep -qE '^  CC ' '$W/c2.log'"
check "C=2: the objects untouched" [ "$(stat -c %Y "$W/mod/bad.o" "$W/mod/good.o" "$W/mod/blind.o")" = "$t0" ]
check "C=2: no other compiler output (sparse's flags dropped)" \
    bash -c "! grep -iE 'unrecognized|error|bitwise|redefined|not found' '$W/c2.log'"
kmake C=2 CHECK="$CHECKER" CF="--fail -fplugin-arg-vmapcheck-level=possible" > "$W/fail.log" 2>&1; rc=$?
check "C=2 CF=\"--fail -fplugin-arg-vmapcheck-level=possible\": make fails on the finding (exit $rc)" \
    bash -c "[ $rc != 0 ] && grep -q 'bad\.c:[0-9]*:[0-9]*: warning: vmapcheck' '$W/fail.log'"
touch "$W/mod/good.c"
kmake C=1 CHECK="$CHECKER" > "$W/c1.log" 2>&1; rc=$?
check "C=1 after touching good.c: only good.c checked, silently (exit $rc)" \
    [ $rc = 0 -a "$(grep -cE '^  CHECK ' "$W/c1.log")" = 1 -a "$(grep -cE "(warning|note|error): vmapcheck" "$W/c1.log")" = 0 ]
check "C=1: good.c recompiled" grep -qE '^  CC \[M\] +.*/good\.o$' "$W/c1.log"
# the coverage survey through the checker on the real headers: three vmap() calls followed, their
# arrays from kvmalloc(), kvmalloc_array() and vcalloc() (spelled differently by each kernel: 6.1's
# kvmalloc_node(), 6.10+'s __kvmalloc_node_noprof() with its argument list changing by config,
# vcalloc_noprof())
kmake C=2 CHECK="$CHECKER" CF="-fplugin-arg-vmapcheck-coverage" > "$W/cov.log" 2>&1
for f in bad good vm; do
    check "C=2 CF=-fplugin-arg-vmapcheck-coverage: $f.c 1 seen, 1 followed" \
        grep -qE "^vmapcheck-coverage: .*/$f\.c: 1 vmap\(\) with VM_MAP_PUT_PAGES, 1 followed$" "$W/cov.log"
done
check "coverage: blind.c 1 seen, 0 followed" \
    grep -qE "^vmapcheck-coverage: .*/blind\.c: 1 vmap\(\) with VM_MAP_PUT_PAGES, 0 followed$" "$W/cov.log"
check "coverage: blind.c's vmap() not followed, naming the allocator the table does not know" \
    grep -qE "^vmapcheck-coverage: .*/blind\.c:$(grep -n '= vmap(' "$HERE/mod/blind.c" | cut -d: -f1): not followed: the array from 'ck_array_alloc', which the API table does not know" "$W/cov.log"
check "coverage: nothing else not followed" [ "$(grep -c 'not followed' "$W/cov.log")" = 1 ]
# Linux 7.x's scripts/checker-valid.sh: CHECKFLAGS and a snippet in a file without .c; the
# checker must say nothing with "error" in it
printf 'static inline int u(const int *q)\n{\n\treturn *q;\n}\n' > "$W/probe"
probe=$("$CHECKER" -D__linux__ -Dlinux -D__STDC__ -Wbitwise -Wno-return-void --arch=x86_64 \
        -mlittle-endian -m64 -D__x86_64__ "$W/probe" 2>&1); rc=$?
check "checker-valid.sh's probe: exit 0, nothing said (exit $rc)" [ $rc = 0 -a -z "$probe" ]
echo "$pass passed, $fail failed"
[ $fail = 0 ]
