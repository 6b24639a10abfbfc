#!/bin/bash
# realkernel/kbuild-cmd.sh BLD OBJ
# Print the compiler command kbuild recorded for OBJ (relative to the O= dir BLD), from
# BLD/<dir>/.<obj>.cmd, made reusable: the "-Wp,-MMD,..." dependency output, any previous
# KCFLAGS plugin options (savedcmd_ records the LAST KCFLAGS), -Werror and everything after
# "-c -o OBJ SRC" (objtool etc.) are removed. The result ends with "-c" and is meant to be
# run from BLD followed by "-o OUT SRC".
set -euo pipefail
BLD=$1; OBJ=$2
cmdf=$BLD/$(dirname "$OBJ")/.$(basename "$OBJ").cmd
[ -f "$cmdf" ] || { echo "kbuild-cmd: no $cmdf (build $OBJ once first)" >&2; exit 1; }
line=$(grep -m1 '^savedcmd_' "$cmdf")
line=${line#*:= }
line=${line%% -c -o *}
printf '%s -c\n' "$line" | sed -E \
    -e 's/ -Wp,-MMD,[^ ]+//' \
    -e 's/ -fplugin=[^ ]*vmapcheck[^ ]*//g' \
    -e 's/ -fplugin-arg-vmapcheck-[^ ]*//g' \
    -e 's/ -Werror( |$)/ /g'
