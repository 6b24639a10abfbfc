#!/bin/bash
# realkernel/kbuild-cmd.sh BLD OBJ
# Print the compiler command kbuild recorded for OBJ (relative to the O= dir BLD), from
# BLD/<dir>/.<obj>.cmd, made reusable: the "-Wp,-MMD,..." dependency output, any previous
# KCFLAGS plugin options (savedcmd_ records the LAST KCFLAGS), -Werror and everything after
# "-c -o OBJ SRC" (objtool etc.) are removed. The result ends with "-c" and is meant to be
# run from BLD followed by "-o OUT SRC".
# If the .cmd file is missing (the object was never built in BLD, e.g. on a fresh machine),
# OBJ is built first with kbuild (make -C BLD ARCH=x86_64 $VMAPCHECK_KMAKE_ARGS OBJ, without
# KCFLAGS; an ARCH= in VMAPCHECK_KMAKE_ARGS wins). If that
# fails, one line "kbuild-cmd: cannot build OBJ ..." goes to stderr and the exit status is 1.
# VMAPCHECK_KMAKE_ARGS: make variables for that build, e.g. "CC=gcc-16 HOSTCC=gcc-16" (7.2).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BLD OBJ" >&2; exit 2; }
BLD=$1; OBJ=$2
cmdf=$BLD/$(dirname "$OBJ")/.$(basename "$OBJ").cmd
if [ ! -f "$cmdf" ]; then
    [ -f "$BLD/Makefile" ] || { echo "kbuild-cmd: $BLD is not a prepared kbuild O= dir (no Makefile)" >&2; exit 1; }
    log=$(mktemp /tmp/kbuild-cmd.XXXXXX)
    # shellcheck disable=SC2086  # VMAPCHECK_KMAKE_ARGS: make variables, e.g. "CC=gcc-16 HOSTCC=gcc-16"
    if ! make -s -C "$BLD" ARCH=x86_64 ${VMAPCHECK_KMAKE_ARGS:-} "$OBJ" >"$log" 2>&1 || [ ! -f "$cmdf" ]; then
        why=$(grep -m1 -E '(error|Error|No rule)' "$log" || tail -1 "$log")
        echo "kbuild-cmd: cannot build $OBJ in $BLD for its kbuild command: ${why:-make failed}" >&2
        rm -f "$log"; exit 1
    fi
    rm -f "$log"
fi
line=$(grep -m1 '^savedcmd_' "$cmdf") || { echo "kbuild-cmd: no savedcmd_ line in $cmdf" >&2; exit 1; }
line=${line#*:= }
line=${line%% -c -o *}
printf '%s -c\n' "$line" | sed -E \
    -e 's/ -Wp,-MMD,[^ ]+//' \
    -e 's/ -fplugin=[^ ]*vmapcheck[^ ]*//g' \
    -e 's/ -fplugin-arg-vmapcheck-[^ ]*//g' \
    -e 's/ -Werror( |$)/ /g'
