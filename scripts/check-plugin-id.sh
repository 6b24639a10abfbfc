#!/bin/bash
# scripts/check-plugin-id.sh [KDIR]
#
# A new plugin must make kbuild recheck everything.  kbuild rebuilds an object when its command
# line changes, and KCFLAGS carries the plugin's build identity (-fplugin-arg-vmapcheck-id=, the
# file vmapcheck.id beside vmapcheck.so, a hash of the plugin's sources and compilers):
#   1. the plugin is built from a copy of this checkout (gcc-12, the host's g++-12);
#   2. an out-of-tree module (M=, against the installed headers KDIR, default the 6.12 ones) is
#      built with KCFLAGS="-fplugin=... -fplugin-arg-vmapcheck-id=$(cat vmapcheck.id)": its one
#      object is compiled, and the plugin reports the module's seeded finding;
#   3. make again: nothing is compiled;
#   4. the copy's plugin source changes (a comment), the plugin is rebuilt: a new identity;
#   5. make with the new identity: the object is compiled again;
#   6. the old identity with the new plugin: an error naming both.
# Prints PASS/FAIL per check; exit non-zero on a FAIL.  About 2 minutes.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
KDIR=${1:-$(ls -d /usr/src/linux-headers-6.12*-amd64 2>/dev/null | head -1)}
[ -d "$KDIR" ] || { echo "check-plugin-id: no kernel headers (apt-get install linux-headers-amd64)" >&2; exit 2; }
W=$(mktemp -d /tmp/vmapcheck-id.XXXXXX)
trap 'rm -rf "$W"' EXIT
fails=0
check() { if "${@:2}"; then echo "PASS: $1"; else echo "FAIL: $1"; fails=$((fails + 1)); fi; }

mkdir -p "$W/src"
cp -r "$ROOT/CMakeLists.txt" "$ROOT/cmake" "$ROOT/plugin" "$ROOT/link" "$ROOT/checker" "$W/src/"
cmake -S "$W/src" -B "$W/b" -DCMAKE_CXX_COMPILER=g++-12 -DVMAPCHECK_GCC=gcc-12 > "$W/cmake.log" 2>&1 &&
    cmake --build "$W/b" -j2 >> "$W/cmake.log" 2>&1 || { tail "$W/cmake.log"; exit 2; }
SO=$W/b/plugin/vmapcheck.so
ID1=$(cat "$W/b/plugin/vmapcheck.id")

mkdir -p "$W/mod"
cp "$ROOT/testsuite/checker/mod/bad.c" "$W/mod/idmod.c"
echo 'obj-m := idmod.o' > "$W/mod/Kbuild"
kmake() {	# ID LOG: build the module with the plugin and that identity
    env -u KCFLAGS -u ARCH -u CROSS_COMPILE make -C "$KDIR" M="$W/mod" CC=gcc-12 \
        KCFLAGS="-fplugin=$SO -fplugin-arg-vmapcheck-no-werror -fplugin-arg-vmapcheck-id=$1" idmod.o > "$2" 2>&1
}
ccs() { grep -cE '^  CC \[M\] .*idmod\.o$' "$1"; }

kmake "$ID1" "$W/m1.log"
check "first build: idmod.o compiled ($(ccs "$W/m1.log") CC line)" [ "$(ccs "$W/m1.log")" = 1 ]
check "first build: the seeded finding reported" grep -q 'idmod.c:[0-9]*:[0-9]*: warning: vmapcheck:.*\[vmapcheck:tail-page\]' "$W/m1.log"
kmake "$ID1" "$W/m2.log"
check "same plugin again: nothing compiled" [ "$(ccs "$W/m2.log")" = 0 ]

echo '/* a change */' >> "$W/src/plugin/kinds.c"
cmake --build "$W/b" -j2 >> "$W/cmake.log" 2>&1 || { tail "$W/cmake.log"; exit 2; }
ID2=$(cat "$W/b/plugin/vmapcheck.id")
check "changed plugin source: a new identity ($ID1 -> $ID2)" [ -n "$ID2" -a "$ID2" != "$ID1" ]
kmake "$ID2" "$W/m3.log"
check "new plugin, its identity in KCFLAGS: idmod.o compiled again" [ "$(ccs "$W/m3.log")" = 1 ]
kmake "$ID1" "$W/m4.log"
check "new plugin, the old identity: an error naming both" \
    grep -q "vmapcheck-id.* is .$ID1., but this plugin is build .$ID2." "$W/m4.log"
echo "check-plugin-id: $fails failed"
[ $fails -eq 0 ]
