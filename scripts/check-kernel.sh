#!/bin/bash
# scripts/check-kernel.sh [6.12|6.1|7.2|all] [--arch ARCH] [--no-mutations] [--prepare-only]
#
# ARCH: x86_64 (default), arm64, arm, powerpc, sh, or all (every one in turn, then a table of
# which arch compiled each vmap() caller and why the others build nowhere).  Another arch than
# x86_64 is built with Debian 12's cross gcc-12 (gcc-12-<triple> and
# gcc-12-plugin-dev-<triple>, installed when missing) and a plugin built for it by the host
# g++-12 (in $VMAPCHECK_CACHE/check-kernel/plugin-build-<arch>); for 7.2 the same inside the sid
# chroot with sid's cross gcc-16 and g++-16.  Each arch has its own configs (powerpc two:
# its callers need book3s and e500 kernels), each in its own O= dir build-<arch>-<config>.
#
# Run vmapcheck over every translation unit of a real kernel that calls vmap(),
# taken from Debian's linux-source-6.12 / linux-source-6.1 packages (this machine, its gcc),
# or linux-source-7.2 (7.2.13, Debian sid: built inside the sid chroot of scripts/chroot.sh
# with gcc-16 and a plugin built for GCC 16). `all` is 6.12, 6.1 and 7.2.
#
#   - installs what is missing (linux-source-X, bc bison flex libelf-dev libssl-dev, ...; for
#     7.2 into the sid chroot with `scripts/chroot.sh sid install`)
#   - extracts the tarball into $VMAPCHECK_CACHE/check-kernel/<ver>/<pkg-version>/src (cached;
#     for 7.2 that path is inside the chroot: on the host it is
#     $VMAPCHECK_CACHE/chroot/sid/var/cache/vmapcheck/check-kernel/7.2/...)
#   - configures an O= build dir there for the arch: its defconfig(s) plus the options the
#     vmap() callers need (or VMAPCHECK_KCONFIG=allmodconfig), then `make prepare` (cached,
#     keyed by the option list and the compiler)
#   - compiles every .o whose .c calls vmap( and that the config builds, with
#     KCFLAGS="-fplugin=<abs so> -fplugin-arg-vmapcheck-no-werror"
#   - prints a per-file and a per-kernel table: files compiled, skipped (not in config),
#     warnings, ICEs, other compile errors; and every warning
#   - for 6.12 and 7.2 also runs the seeded-mutation set of that kernel
#     (realkernel/run-mutations.sh --kernel VER: mutations.list / mutations-7.2.list), on
#     another arch with the mutations whose file that arch's config builds
#
# Exit status: non-zero on any ICE / plugin crash, any vmapcheck warning at the default level,
# any compile error, or any mutation not found / original not silent.
#
# Environment: VMAPCHECK_CACHE (default /var/cache/vmapcheck), VMAPCHECK_PLUGIN (use this .so
# instead of building one; for 6.12 / 6.1), VMAPCHECK_PLUGIN_GCC16 (the same for 7.2: a GCC 16
# .so, as a path inside the sid chroot or the checkout), JOBS (default 2), VMAPCHECK_KCONFIG
# (defconfig|allmodconfig), VMAPCHECK_EXTRA_ARGS (more plugin arguments, e.g.
# -fplugin-arg-vmapcheck-level=possible for a survey of the "possible" level; its warnings then
# count too).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/check-kernel
JOBS=${JOBS:-2}
KCONFIG=${VMAPCHECK_KCONFIG:-defconfig}
T0=$(date +%s)

WHICH=6.12
RUN_MUT=1
PREPARE_ONLY=0
ARCHES=x86_64
ARCHARG=x86_64
USAGE="usage: $0 [6.12|6.1|7.2|all] [--arch x86_64|arm64|arm|powerpc|sh|all] [--no-mutations] [--prepare-only]"
while [ $# -gt 0 ]; do
    case $1 in
        6.12|6.1|7.2|all) WHICH=$1 ;;
        --arch) [ $# -ge 2 ] || { echo "$USAGE" >&2; exit 2; }
                case $2 in
                    x86_64|arm64|arm|powerpc|sh) ARCHES=$2; ARCHARG=$2 ;;
                    all) ARCHES="x86_64 arm64 arm powerpc sh"; ARCHARG=all ;;
                    *) echo "check-kernel: unknown arch '$2' (x86_64, arm64, arm, powerpc, sh or all)" >&2; exit 2 ;;
                esac
                shift ;;
        --no-mutations) RUN_MUT=0 ;;
        --prepare-only) PREPARE_ONLY=1 ;;
        -h|--help) sed -n '2,42p' "$0"; exit 0 ;;
        *) echo "$USAGE" >&2; exit 2 ;;
    esac
    shift
done
[ "$WHICH" = all ] && VERS="6.12 6.1 7.2" || VERS=$WHICH

log() { echo "check-kernel: $*" >&2; }

# 7.2 is configured, built and checked inside the sid chroot (gcc-16): this script runs itself
# there with VMAPCHECK_IN_CHROOT=sid. On the host, HOST_VERS are the kernels done here.
IN_CHROOT=${VMAPCHECK_IN_CHROOT:-}
CHROOT_VERS=""
HOST_VERS=""
for v in $VERS; do
    if [ "$v" = 7.2 ] && [ -z "$IN_CHROOT" ]; then CHROOT_VERS=7.2; else HOST_VERS="$HOST_VERS $v"; fi
done
VERS=${HOST_VERS# }
# One arch's facts (arch_spec ARCH sets them): kbuild's ARCH and the source dir of its own
# callers, the cross compiler's triple (none: the host gcc), its configs (each its own O= dir)
# and the options its own callers need on top of KOPTS.
arch_spec() {
    KARCH=$1; SRCARCH=$1; TRIPLE=; ACONFIGS=(defconfig); AOPTS=()
    case $1 in
        x86_64) SRCARCH=x86 ;;
        arm64)  TRIPLE=aarch64-linux-gnu
                # perf AUX and CoreSight trace buffers, PowerVR and MediaTek DRM
                AOPTS=(ARM_SPE_PMU CORESIGHT CORESIGHT_LINK_AND_SINK_TMC CORESIGHT_SOURCE_ETM4X
                       CORESIGHT_TRBE HISI_PTT DRM_POWERVR DRM_MEDIATEK
                       KASAN KASAN_KUNIT_TEST FTRACE ENABLE_DEFAULT_TRACERS
                       NVHE_EL2_DEBUG) ;;   # (KASAN, as syzbot's arm64 kernels have it; 7.2: hyp_trace.c)
        arm)    TRIPLE=arm-linux-gnueabihf; ACONFIGS=(multi_v7_defconfig)
                AOPTS=(UACCESS_WITH_MEMCPY) ;;
        powerpc) TRIPLE=powerpc64-linux-gnu
                # uninorth-agp needs a PowerMac (book3s) kernel, e500_mmu.c an e500mc one
                ACONFIGS=(ppc64_defconfig corenet64_smp_defconfig)
                AOPTS=(AGP AGP_UNINORTH VIRTUALIZATION KVM KVM_E500MC) ;;
        sh)     TRIPLE=sh4-linux-gnu; ACONFIGS=(rts7751r2dplus_defconfig) ;;   # selects IO_TRAPPED
    esac
}
arch_spec "${ARCHES%% *}"
# the compiler kbuild uses for a kernel, and the make variables that select it
# (7.2: in the sid chroot, GCCV=16; CC= for a cross gcc too: Debian's cross packages install
# only the versioned name)
kcc() {
    if [ -n "$TRIPLE" ]; then echo "$TRIPLE-gcc-$GCCV"
    elif [ "$1" = 7.2 ]; then echo gcc-16
    else echo gcc; fi
}
kmake_args() {
    local host=; [ "$1" = 7.2 ] && host=" HOSTCC=gcc-16 HOSTCXX=g++-16"
    if [ -n "$TRIPLE" ]; then echo "ARCH=$KARCH CROSS_COMPILE=$TRIPLE- CC=$(kcc "$1")$host"
    else echo "ARCH=x86_64 CC=$(kcc "$1")$host"; fi
}

# Options the vmap() callers need, on top of defconfig (x86_64). Options that do not exist in
# one of the trees, or whose dependencies are not met, are silently dropped by olddefconfig;
# the per-file table then lists the file as "skipped (not in config)".
KOPTS=(
    DRM DRM_I915 DRM_VGEM DRM_VIRTIO_GPU DRM_NOUVEAU DRM_VMWGFX DRM_TTM
    DRM_ACCEL DRM_ACCEL_IVPU
    DMABUF_HEAPS DMABUF_HEAPS_SYSTEM DMA_CMA DMABUF_HEAPS_CMA UDMABUF
    IOMMU_SUPPORT INTEL_IOMMU AMD_IOMMU IOMMU_DMA
    PERF_EVENTS BPF_SYSCALL HYPERV HYPERV_VMBUS IO_URING XDP_SOCKETS NET
    KUNIT TEST_IOV_ITER FW_LOADER FW_LOADER_USER_HELPER RELAY EFI_CAPSULE_LOADER
    MD BLK_DEV_DM DM_WRITECACHE FIREWIRE FIREWIRE_OHCI COMEDI VMWARE_VMCI GVE
    TARGET_CORE ACRN_HSM VIRT_DRIVERS VBOXGUEST XEN XEN_PV XEN_DOM0
    PSTORE PSTORE_RAM EROFS_FS EROFS_FS_ZIP NTFS3_FS BCACHEFS_FS
    MODULE_COMPRESS MODULE_DECOMPRESS MODULE_COMPRESS_XZ MODULE_DEBUG MODULE_STATS
    KEXEC_CORE CRASH_DUMP TRACING SOUND SND COMMON_CLK VIDEO_DEV INTEL_ATOMISP VIDEO_ATOMISP
    MEDIA_SUPPORT MEDIA_PCI_SUPPORT VIDEO_INTEL_IPU6 STAGING STAGING_MEDIA VIDEO_IPU3_IMGU
)

need_pkgs() {
    local miss=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || miss+=("$p")
    done
    if [ ${#miss[@]} -gt 0 ]; then
        log "installing: ${miss[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y --no-install-recommends "${miss[@]}" >&2 \
            || { apt-get update >&2 && apt-get install -y --no-install-recommends "${miss[@]}" >&2; }
    fi
}

# the 7.2 part: the sid chroot gets what it needs, then this script runs there for 7.2 alone
# and leaves its summary rows in a file under the chroot's /tmp
CHROOT_DIR=""
CHROOT_SUM=""
run_in_chroot() {
    CHROOT_DIR=$("$ROOT/scripts/chroot.sh" sid)
    local cross=() a
    for a in $ARCHES; do
        arch_spec "$a"
        if [ -n "$TRIPLE" ]; then cross+=("gcc-16-$TRIPLE" "gcc-16-plugin-dev-$TRIPLE"); fi
    done
    arch_spec "${ARCHES%% *}"
    "$ROOT/scripts/chroot.sh" sid install linux-source-7.2 bc bison flex libelf-dev libssl-dev \
        cpio kmod rsync xz-utils patch time file "${cross[@]}" >&2
    local sum; sum=$(mktemp "$CHROOT_DIR/tmp/vmapcheck-ck.XXXXXX")
    CHROOT_SUM=$sum
    local args=(7.2 --arch "$ARCHARG") envs=() e
    [ "$RUN_MUT" = 0 ] && args+=(--no-mutations)
    [ "$PREPARE_ONLY" = 1 ] && args+=(--prepare-only)
    # (the host's environment reaches the chroot: every variable the inner run reads is set here)
    envs=(VMAPCHECK_IN_CHROOT=sid "VMAPCHECK_SUMMARY_FILE=/tmp/${sum##*/}" "JOBS=$JOBS"
          VMAPCHECK_CACHE=/var/cache/vmapcheck "VMAPCHECK_KCONFIG=$KCONFIG"
          "VMAPCHECK_EXTRA_ARGS=${VMAPCHECK_EXTRA_ARGS:-}" "VERBOSE=${VERBOSE:-}"
          "VMAPCHECK_PLUGIN=${VMAPCHECK_PLUGIN_GCC16:-}" VMAPCHECK_SO= VMAPCHECK_KMAKE_ARGS=)
    log "7.2: running in the sid chroot ($CHROOT_DIR) with gcc-16"
    "$ROOT/scripts/chroot.sh" sid run "env $(printf '%q ' "${envs[@]}") scripts/check-kernel.sh ${args[*]}"
}

if [ -n "$VERS" ]; then
    if [ -n "$IN_CHROOT" ]; then
        # in the chroot the packages were installed from outside (scripts/chroot.sh sid install)
        GCCV=16
        pkgs=(bc bison flex libelf-dev libssl-dev make cmake gcc-16 g++-16 gcc-16-plugin-dev
              xz-utils patch linux-source-7.2)
        for a in $ARCHES; do
            arch_spec "$a"
            if [ -n "$TRIPLE" ]; then pkgs+=("gcc-16-$TRIPLE" "gcc-16-plugin-dev-$TRIPLE"); fi
        done
        arch_spec "${ARCHES%% *}"
    else
        GCCV=$(gcc -dumpversion 2>/dev/null | cut -d. -f1); GCCV=${GCCV:-12}
        pkgs=(bc bison flex libelf-dev libssl-dev make gcc cmake g++ xz-utils time patch
              "gcc-$GCCV-plugin-dev" "g++-$GCCV")
        for v in $VERS; do pkgs+=("linux-source-$v"); done
        for a in $ARCHES; do
            arch_spec "$a"
            if [ -n "$TRIPLE" ]; then pkgs+=("gcc-$GCCV-$TRIPLE" "gcc-$GCCV-plugin-dev-$TRIPLE"); fi
        done
        arch_spec "${ARCHES%% *}"
    fi
    need_pkgs "${pkgs[@]}"
    if [ -n "${VMAPCHECK_PLUGIN:-}" ] && [ "$ARCHES" != "${ARCHES%% *}" ]; then
        log "VMAPCHECK_PLUGIN names one plugin: give one --arch with it"; exit 2
    fi
fi
SNAP=$(mktemp -d /tmp/vmapcheck-so.XXXXXX)
trap 'rm -rf "$SNAP" ${CHROOT_SUM:+"$CHROOT_SUM"}' EXIT

# ---- the plugin for the current arch (arch_spec) -> SO ---------------------------------------
plugin_for_arch() {
    local b
    if [ -n "${VMAPCHECK_PLUGIN:-}" ]; then
        SO=$(readlink -f "$VMAPCHECK_PLUGIN")
    elif [ -n "$IN_CHROOT" ] && [ -z "$TRIPLE" ]; then
        b=$CACHE/plugin-build-gcc16; mkdir -p "$b"
        cmake -S "$ROOT" -B "$b" -DVMAPCHECK_GCC=gcc-16 -DCMAKE_CXX_COMPILER=g++-16 >/dev/null
        cmake --build "$b" -j"$JOBS" >/dev/null
        SO=$b/plugin/vmapcheck.so
    elif [ -n "$TRIPLE" ]; then
        # host code: the host g++ of the cross gcc's major, against the cross gcc's headers
        b=$CACHE/plugin-build-$KARCH; [ -n "$IN_CHROOT" ] && b=$CACHE/plugin-build-gcc16-$KARCH
        mkdir -p "$b"
        cmake -S "$ROOT" -B "$b" -DVMAPCHECK_GCC="$TRIPLE-gcc-$GCCV" \
            -DCMAKE_CXX_COMPILER="g++-$GCCV" >/dev/null
        cmake --build "$b" -j"$JOBS" >/dev/null
        SO=$b/plugin/vmapcheck.so
    else
        b=$CACHE/plugin-build; mkdir -p "$b"
        cmake -S "$ROOT" -B "$b" >/dev/null
        cmake --build "$b" -j"$JOBS" >/dev/null
        SO=$b/plugin/vmapcheck.so
    fi
    [ -f "$SO" ] || { log "no plugin at $SO"; exit 2; }
    # private snapshot of the plugin: a rebuild of the .so during a long run must not change it
    # (GCC names a plugin after its file: the copy must be called vmapcheck.so)
    # vmapcheck-link (the cross-unit mutations) comes from the same build, copied alike
    LK=${VMAPCHECK_LINK:-$(dirname "$SO")/../link/vmapcheck-link}
    mkdir -p "$SNAP/$KARCH"; cp "$SO" "$SNAP/$KARCH/vmapcheck.so"; SO=$SNAP/$KARCH/vmapcheck.so
    [ -x "$LK" ] && cp "$LK" "$SNAP/$KARCH/vmapcheck-link" && export VMAPCHECK_LINK=$SNAP/$KARCH/vmapcheck-link
    export VMAPCHECK_SO=$SO
    log "plugin: $SO ($(kcc "${VERS%% *}"))"
}

# ---- per-kernel tree ------------------------------------------------------------------------
# the configs of the current arch: VMAPCHECK_KCONFIG=allmodconfig, or its defconfig(s)
arch_configs() { if [ "$KCONFIG" = allmodconfig ]; then echo allmodconfig; else echo "${ACONFIGS[*]}"; fi; }
# the name of a config's O= dir and results: x86_64 keeps the names it always had
cfg_tag() { if [ "$KARCH" = x86_64 ]; then echo "$1"; else echo "$KARCH-$1"; fi; }

# prepare_tree VER [CONFIG] -> sets SRC, BLD, KDIR, OUT (for the current arch)
prepare_tree() {
    local ver=$1 cfg=${2:-$(arch_configs | cut -d' ' -f1)} pv key tarball cc; local -a km opts
    cc=$(kcc "$ver"); read -ra km <<<"$(kmake_args "$ver")"
    pv=$(dpkg-query -W -f='${Version}' "linux-source-$ver")
    key=$(echo "$pv" | tr -c 'A-Za-z0-9._+\n-' '_')
    KDIR=$CACHE/$ver/$key
    SRC=$KDIR/src
    BLD=$KDIR/build-$(cfg_tag "$cfg")
    OUT=$KDIR/results-$(cfg_tag "$cfg")
    opts=("${KOPTS[@]}" "${AOPTS[@]}")
    tarball=$(ls /usr/src/linux-source-"$ver".tar.* 2>/dev/null | head -1)
    [ -n "$tarball" ] || { log "no /usr/src/linux-source-$ver.tar.*"; exit 2; }
    if [ ! -f "$KDIR/.extracted" ]; then
        log "$ver: extracting $tarball (package $pv)"
        local tx; tx=$(date +%s)
        rm -rf "$KDIR.tmp" && mkdir -p "$KDIR.tmp"
        tar xf "$tarball" -C "$KDIR.tmp"
        mkdir -p "$KDIR"; rm -rf "$SRC"
        mv "$KDIR.tmp"/linux-source-"$ver" "$SRC"; rm -rf "$KDIR.tmp"
        touch "$KDIR/.extracted"
        log "$ver: extracted in $(( $(date +%s) - tx )) s"
    fi
    local want; want=$(printf '%s\n' "$KARCH" "$cfg" "${opts[@]}" "$("$cc" --version | head -1)" | md5sum | cut -c1-12)
    # (x86_64 defconfig: the key it always had, so that existing caches stay valid)
    [ "$KARCH" = x86_64 ] && want=$(printf '%s\n' "$cfg" "${opts[@]}" "$("$cc" --version | head -1)" | md5sum | cut -c1-12)
    if [ "$(cat "$BLD/.vmapcheck-prepared" 2>/dev/null)" != "$want" ]; then
        local what="$cfg"; [ "$cfg" = allmodconfig ] || what="$cfg + ${#opts[@]} options"
        log "$ver: configuring $BLD ($KARCH $what) and make prepare"
        local t=$(date +%s)
        mkdir -p "$BLD"
        make -s -C "$SRC" O="$BLD" "${km[@]}" "$cfg" >/dev/null
        if [ "$cfg" != allmodconfig ]; then
            local args=() o
            for o in "${opts[@]}"; do args+=(-e "$o"); done
            "$SRC/scripts/config" --file "$BLD/.config" "${args[@]}"
            make -s -C "$SRC" O="$BLD" "${km[@]}" olddefconfig >/dev/null
        fi
        make -s -C "$SRC" O="$BLD" "${km[@]}" -j"$JOBS" prepare >/dev/null
        # Which objects does this config build? kbuild compiles a single target such as
        # drivers/gpu/drm/etnaviv/etnaviv_gem.o even when its CONFIG is off, so ask a dry run
        # of the whole build (about 20 s) before anything is compiled.
        # (the dry run itself may exit non-zero, e.g. 6.1 on this toolchain: only its output counts)
        # A dry run does not list what is built already: drop the objects of an earlier config
        # (callers, mutation files) and their recorded commands (realkernel/kbuild-cmd.sh reads
        # them) first; the host tools of scripts/ and tools/ stay.
        find "$BLD" \( -name '*.o' -o -name '.*.o.cmd' \) ! -path "$BLD/scripts/*" \
            ! -path "$BLD/tools/*" -delete
        { make -n -k -C "$SRC" O="$BLD" "${km[@]}" all 2>/dev/null || true; } \
            | grep -oE ' -c -o [^ ]+\.o ' | awk '{print $3}' | sort -u > "$BLD/.vmapcheck-objs"
        [ -s "$BLD/.vmapcheck-objs" ] || { log "$ver: the dry run listed no objects"; exit 2; }
        echo "$want" > "$BLD/.vmapcheck-prepared"
        log "$ver: prepared in $(( $(date +%s) - t )) s"
    fi
}

# the .c files that call vmap( (generic, and the current arch's own)
all_vmap_callers() {
    (cd "$SRC" && grep -rlE '(^|[^_a-zA-Z0-9])vmap\(' --include='*.c' . \
        | sed 's|^\./||' | grep -vE '^(tools|Documentation|scripts|samples|usr)/') | sort -u
}
vmap_callers() { all_vmap_callers | awk -v a="arch/$SRCARCH/" 'index($0, "arch/") != 1 || index($0, a) == 1'; }

FAIL=0
SUMMARY=()
check_one() {
    local ver=$1 cfg=$2; local -a km
    read -ra km <<<"$(kmake_args "$ver")"
    prepare_tree "$ver" "$cfg"
    local out=$OUT
    mkdir -p "$out"
    vmap_callers > "$out/files.txt"
    local objs=() f
    while read -r f; do
        objs+=("${f%.c}.o")
        rm -f "$BLD/${f%.c}.o"
    done < "$out/files.txt"
    log "$ver: compiling ${#objs[@]} vmap() callers with the plugin (-j$JOBS)"
    local t=$(date +%s)
    # -k: a file that is not in the config (or fails) must not stop the others.
    make -C "$SRC" O="$BLD" "${km[@]}" -k -j"$JOBS" \
        KCFLAGS="-fplugin=$SO -fplugin-arg-vmapcheck-no-werror -fplugin-arg-vmapcheck-coverage ${VMAPCHECK_EXTRA_ARGS:-}" "${objs[@]}" \
        > "$out/build.log" 2>&1 || true
    local secs=$(( $(date +%s) - t ))

    local nfiles=0 ncomp=0 nskip=0 nwarn=0 nice=0 nerr=0 nextra=0 nnovmap=0 nknown=0 incfg vm syms
    # real bugs reported on purpose (realkernel/known-findings.list): FILE:LINE of this kernel
    local known kmiss=()
    known=$(awk -F'|' -v v="$ver" '!/^#/ && $1 ~ "^ *" v " *$" {gsub(/ /, "", $2); print $2}' \
            "$ROOT/realkernel/known-findings.list")
    printf '\n== linux-source-%s (%s, %s %s) ==\n' "$ver" "$(basename "$KDIR")" "$KARCH" "$cfg"
    printf '%-62s %-9s %5s %4s %5s\n' "file" "status" "warn" "ICE" "vmap"
    : > "$out/warnings.txt"
    while read -r f; do
        nfiles=$((nfiles+1))
        local o=${f%.c}.o st w ice e
        w=$(grep -cE "(^|/)$f:[0-9]+:[0-9]+: warning: vmapcheck" "$out/build.log" || true)
        local k kw=0
        for k in $known; do
            [ "${k%:*}" = "$f" ] || continue
            if grep -qE "(^|/)$k:[0-9]+: warning: vmapcheck" "$out/build.log"; then kw=$((kw+1))
            elif [ -f "$BLD/${f%.c}.o" ] && [[ "${VMAPCHECK_EXTRA_ARGS:-}" != *checks=* ]] &&
                 [[ "${VMAPCHECK_EXTRA_ARGS:-}" != *baseline=* ]]; then kmiss+=("$k"); fi
        done
        w=$((w - kw)); nknown=$((nknown + kw))
        ice=$(grep -E "(^|/)$f:.*(internal compiler error|Segmentation fault)|(^|/)$f.*plugin vmapcheck|during .* pass.*$f" "$out/build.log" | grep -c . || true)
        e=$(grep -cE "(^|/)$f:[0-9]+:[0-9]+: (fatal )?error:" "$out/build.log" || true)
        if grep -qxF "$o" "$BLD/.vmapcheck-objs"; then incfg=1; else incfg=0; fi
        if [ "$ice" -gt 0 ]; then st=ICE
        elif [ "$incfg" = 1 ] && [ -f "$BLD/$o" ]; then st=compiled; ncomp=$((ncomp+1))
        elif [ "$incfg" = 1 ]; then st=error; nerr=$((nerr+1))
        elif [ -f "$BLD/$o" ]; then st=extra; nskip=$((nskip+1)); nextra=$((nextra+1))
        else st=skipped; nskip=$((nskip+1)); fi
        nwarn=$((nwarn+w)); nice=$((nice+ice))
        # is a call to vmap() really compiled in (not under an unset #ifdef)?
        # (nm into a variable first: "nm | grep -q" fails under pipefail when grep exits early)
        vm=-
        if [ -f "$BLD/$o" ]; then
            syms=$(nm "$BLD/$o" 2>/dev/null || true)
            if grep -qE ' [UTtW] vmap$' <<<"$syms"; then vm=yes; else vm=no; nnovmap=$((nnovmap+1)); fi
        fi
        local kn=""
        if [ "$kw" -gt 0 ]; then kn="  (+$kw known)"; fi
        printf '%-62s %-9s %5s %4s %5s%s\n' "$f" "$st" "$w" "$ice" "$vm" "$kn"
        case $st in
            compiled) echo "$ver $f $(cfg_tag "$cfg")" >> "$SNAP/covered" ;;
            extra)    echo "$ver $f $(cfg_tag "$cfg")(single)" >> "$SNAP/covered" ;;
        esac
        grep -E "(^|/)$f:[0-9]+:[0-9]+: (warning|note): vmapcheck" "$out/build.log" >> "$out/warnings.txt" || true
    done < "$out/files.txt"
    # plugin errors not tied to one file (bad argument, load failure)
    local gen; gen=$(grep -cE "cc1: (fatal )?error: .*(plugin|vmapcheck)|internal compiler error" "$out/build.log" || true)
    if [ "$gen" -gt 0 ] && [ "$nice" -eq 0 ]; then nice=$gen; fi
    if [ -s "$out/warnings.txt" ]; then
        echo "-- warnings and notes --"; sed "s|^$SRC/||" "$out/warnings.txt"
    fi
    echo "status: compiled = built by this config, compiled with the plugin; skipped = not built by"
    echo "this config ($nextra of them, marked 'extra', still compiled as a single kbuild target and"
    echo "were checked too; the others do not build for $KARCH or without their config)."
    echo "vmap: does the object reference the symbol vmap (nm)? 'no' ($nnovmap objects): the file's vmap( is"
    echo "an ops->vmap() callback call or a comment, or every vmap() call is under an unset #ifdef."
    if [ "$nerr" -gt 0 ]; then
        echo "-- compile errors in files this config builds --"; grep -E ": (fatal )?error:" "$out/build.log" | head -20
    fi
    if [ "$nknown" -gt 0 ]; then
        echo "known: $nknown warning(s) are real bugs listed in realkernel/known-findings.list, not failures"
    fi
    if [ ${#kmiss[@]} -gt 0 ]; then
        echo "-- known findings NOT reported: ${kmiss[*]} --"; nerr=$((nerr + ${#kmiss[@]}))
    fi
    # -fplugin-arg-vmapcheck-coverage: the vmap() calls with the flag followed to their pages'
    # origins, summed over the callers, and what stopped the walk for each of the others
    local cseen cfol
    cseen=$(sed -n 's/^vmapcheck-coverage: .*: \([0-9]*\) vmap() with VM_MAP_PUT_PAGES, \([0-9]*\) followed$/\1/p' "$out/build.log" | awk '{s += $1} END {print s + 0}')
    cfol=$(sed -n 's/^vmapcheck-coverage: .*: \([0-9]*\) vmap() with VM_MAP_PUT_PAGES, \([0-9]*\) followed$/\2/p' "$out/build.log" | awk '{s += $1} END {print s + 0}')
    echo "coverage: $cseen vmap() call(s) with VM_MAP_PUT_PAGES in the callers, $cfol followed to their pages' origins"
    # (none not followed: grep finds nothing, which must not end the run under set -e)
    { grep '^vmapcheck-coverage: .*: not followed: ' "$out/build.log" || true; } |
        sed "s|^vmapcheck-coverage: $SRC/|  |; s|^vmapcheck-coverage: |  |" | sort -u
    echo "log: $out/build.log  (compile step ${secs} s)"
    # the link step over the callers' objects: findings across them count as warnings
    if [ -n "${VMAPCHECK_LINK:-}" ] && [ -x "$VMAPCHECK_LINK" ]; then
        local lobjs=() lw
        for f in "${objs[@]}"; do [ -f "$BLD/$f" ] && lobjs+=("$BLD/$f"); done
        "$VMAPCHECK_LINK" --stats "${lobjs[@]}" > "$out/link.txt" 2> "$out/link.err"
        lw=$(grep -c ': warning: vmapcheck' "$out/link.txt" || true)
        echo "link step over the ${#lobjs[@]} objects: $lw finding(s); $(grep -o '[0-9]* units.*' "$out/link.err")"
        [ "$lw" -gt 0 ] && sed "s|^$SRC/||" "$out/link.txt"
        nwarn=$((nwarn + lw))
    fi
    SUMMARY+=("$(printf '%-6s %-20s %-30s %7s %8s %8s %6s %8s %5s %6s %6s' "$ver" "$(basename "$KDIR")" "$KARCH $cfg" "$nfiles" "$ncomp" "$nskip" "$nextra" "$nwarn" "$nice" "$nerr" "${secs}s")")
    if [ "$nwarn" -gt 0 ] || [ "$nice" -gt 0 ] || [ "$nerr" -gt 0 ]; then FAIL=1; fi
}

if [ "$PREPARE_ONLY" = 1 ]; then
    for a in $ARCHES; do
        arch_spec "$a"
        for v in $VERS; do
            for c in $(arch_configs); do
                prepare_tree "$v" "$c"
                # (x86_64 keeps the line bench/run.sh reads)
                if [ "$a" = x86_64 ]; then echo "$v: SRC=$SRC BLD=$BLD"; else echo "$v $a $c: SRC=$SRC BLD=$BLD"; fi
            done
        done
    done
    if [ -n "$CHROOT_VERS" ]; then
        # the paths printed are inside the chroot; on the host they are under $CHROOT_DIR
        run_in_chroot || exit 2
    fi
    exit 0
fi
MUT=()
for a in $ARCHES; do
    [ -n "$VERS" ] || break
    arch_spec "$a"
    plugin_for_arch
    for v in $VERS; do for c in $(arch_configs); do check_one "$v" "$c"; done; done
    # the seeded mutations, on the arch's first config (another arch: those whose file it builds)
    for v in $VERS; do
        case $v in 6.12|7.2) ;; *) continue ;; esac
        [ "$RUN_MUT" = 1 ] || continue
        prepare_tree "$v"
        if SRC=$SRC BLD=$BLD VMAPCHECK_SO=$SO VMAPCHECK_KMAKE_ARGS="$(kmake_args "$v")" \
            "$ROOT/realkernel/run-mutations.sh" --kernel "$v"; then
            MUT+=("mutations $v ($(cfg_tag "$(arch_configs | cut -d' ' -f1)")): ok")
        else
            MUT+=("mutations $v ($(cfg_tag "$(arch_configs | cut -d' ' -f1)")): FAIL"); FAIL=1
        fi
    done
done

# several arches: which of them compiled each caller, and why the rest build nowhere
if [ "$ARCHES" != "${ARCHES%% *}" ] && [ -n "$VERS" ]; then
    for v in $VERS; do
        prepare_tree "$v" >/dev/null 2>&1 || true
        printf '\n== %s: the vmap() callers and the arch configs that compiled them ==\n' "$v"
        echo "(single): not built by that config, compiled as a single kbuild target with the plugin"
        nc=0 ns=0 nn=0 nw=0
        while read -r f; do
            by=$(awk -v v="$v" -v f="$f" '$1 == v && $2 == f {print $3}' "$SNAP/covered" 2>/dev/null | sort -u | tr '\n' ' ')
            if [ -n "$by" ]; then
                if [[ " $by" == *[a-z0-9_]\ * ]]; then nc=$((nc+1)); else ns=$((ns+1)); fi
                printf '%-62s %s\n' "$f" "$by"; continue
            fi
            case $f in
                arch/hexagon/*) why="none: hexagon is built with LLVM only (arch/hexagon/Makefile)" ;;
                mm/kmsan/*)     why="none: KMSAN needs Clang (HAVE_KMSAN_COMPILER)" ;;
                mm/nommu.c)     why="none needed: it defines vmap() for !MMU kernels, it calls none" ;;
                *)              why="NOT COMPILED by any arch config here"; nw=$((nw+1)) ;;
            esac
            nn=$((nn+1)); printf '%-62s %s\n' "$f" "$why"
        done < <(all_vmap_callers)
        echo "$v: $nc callers compiled by some arch config, $ns more only as single targets, $nn by none ($nw of them without a known reason)"
        [ "$nw" -eq 0 ] || FAIL=1
    done
fi

if [ -n "${VMAPCHECK_SUMMARY_FILE:-}" ]; then
    # run by the host's check-kernel.sh inside the chroot: it prints the summary
    { printf 'row %s\n' "${SUMMARY[@]}"; [ ${#MUT[@]} -gt 0 ] && printf 'mut %s\n' "${MUT[@]}"
      echo "fail $FAIL"; } > "$VMAPCHECK_SUMMARY_FILE"
    exit $FAIL
fi

if [ -n "$CHROOT_VERS" ]; then
    t=$(date +%s)
    run_in_chroot || FAIL=1
    if grep -q '^fail ' "$CHROOT_SUM"; then
        while read -r k rest; do
            case $k in
                row) SUMMARY+=("$rest") ;;
                mut) MUT+=("$rest") ;;
                fail) [ "$rest" = 0 ] || FAIL=1 ;;
            esac
        done < "$CHROOT_SUM"
    else
        SUMMARY+=("$(printf '%-6s %s' 7.2 "did not finish in the sid chroot (see above)")"); FAIL=1
    fi
    log "7.2 (sid chroot): $(( $(date +%s) - t )) s; results under $CHROOT_DIR/var/cache/vmapcheck/check-kernel/7.2/"
fi

printf '\n== summary (%s) ==\n' "$KCONFIG"
printf '%-6s %-20s %-30s %7s %8s %8s %6s %8s %5s %6s %6s\n' kernel package "arch config" callers compiled skipped extra warnings ICEs errors time
printf '%s\n' "${SUMMARY[@]}"
[ ${#MUT[@]} -gt 0 ] && printf '%s\n' "${MUT[@]}"
echo "total time: $(( $(date +%s) - T0 )) s"
exit $FAIL
