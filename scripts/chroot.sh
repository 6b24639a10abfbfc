#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# chroot.sh - the Debian chroots that carry the newer compilers and kernels.
#
#   scripts/chroot.sh SUITE          create it if missing; print its directory
#   scripts/chroot.sh SUITE run CMD  run CMD (a shell command) inside it, with
#                                    this checkout and /proc mounted at the same
#                                    paths as outside
#   scripts/chroot.sh SUITE install PKG...
#                                    add packages a task needs beyond the test
#                                    suite's (kernel builds, sources); kept
#                                    until the chroot is rebuilt
#
# SUITE is trixie (GCC 13 and 14, Debian 13's 6.12 kernel headers) or sid
# (GCC 15 and 16, the 7.2 kernel headers), each with what the test suite needs.
# Chroots are built with mmdebstrap from the machine's own Debian mirror and
# kept in $VMAPCHECK_CACHE/chroot/<suite> (default /var/cache/vmapcheck); a
# chroot whose package list changed is rebuilt.  The mounts made for `run'
# are private to it (a mount namespace of its own) and end with it.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cache=${VMAPCHECK_CACHE:-/var/cache/vmapcheck}/chroot
suite=${1:?usage: chroot.sh trixie|sid [run CMD]}
shift

# the machine's own Debian mirror
mirror() {
	local uri
	uri=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
	      grep -v security | head -1)
	[[ -n $uri ]] || uri=$(awk '$1 == "deb" && $3 !~ /security/ { print $2; exit }' \
			      /etc/apt/sources.list 2>/dev/null)
	echo "${uri:-http://deb.debian.org/debian}"
}

common=(cmake make dejagnu libc6-dev python3 ca-certificates)
extra_sources=()
extra_cmd=
case $suite in
trixie)	pkgs=(gcc-13 g++-13 gcc-13-plugin-dev gcc-14 g++-14 gcc-14-plugin-dev
	      linux-headers-amd64) ;;
sid)	pkgs=(gcc-15 g++-15 gcc-15-plugin-dev gcc-16 g++-16 gcc-16-plugin-dev
	      linux-headers-amd64)
	# sid's kernel is configured with GCC 16, whose features its headers
	# then use: GCC 15 builds modules against trixie's 6.12 (GCC 14) tree
	extra_sources=("deb $(mirror) trixie main")
	extra_cmd='apt-get -o Acquire::Check-Valid-Until=false update -q &&
		   h=$(apt-cache depends linux-headers-amd64/trixie |
		      sed -n "s/^ *Depends: \(linux-headers-[^ ]*\)$/\1/p" | head -1) &&
		   [ -n "$h" ] && apt-get -o Acquire::Check-Valid-Until=false install -y -q "$h" &&
		   apt-get clean' ;;
*)	echo "chroot.sh: unknown suite '$suite' (trixie or sid)" >&2; exit 2 ;;
esac
pkgs+=("${common[@]}")
dir=$cache/$suite
stamp=$dir/.vmapcheck-packages

# what a chroot was built from: rebuilt when this changes
stamp_text() {
	printf '%s\n' "${pkgs[@]}" "${extra_sources[@]}" "$extra_cmd"
}


create() {
	local tmp=$dir.new

	if ! command -v mmdebstrap >/dev/null; then
		echo "chroot.sh: installing mmdebstrap" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			mmdebstrap >/dev/null
	fi
	rm -rf "$tmp"
	mkdir -p "$cache"
	echo "chroot.sh: building the $suite chroot in $dir ($(mirror))" >&2
	# sid's Release file carries a Valid-Until that has passed on these machines
	mmdebstrap --variant=apt --quiet \
		--aptopt='Acquire::Check-Valid-Until "false"' \
		--include="$(IFS=,; echo "${pkgs[*]}")" \
		"$suite" "$tmp" "deb $(mirror) $suite main" "${extra_sources[@]}" >&2
	if [[ -n $extra_cmd ]]; then
		mount -t proc proc "$tmp/proc"
		chroot "$tmp" /bin/sh -c "$extra_cmd" >&2 || { umount -l "$tmp/proc"; return 1; }
		umount -l "$tmp/proc"
	fi
	stamp_text > "$tmp/.vmapcheck-packages"
	rm -rf "$dir"
	mv "$tmp" "$dir"
}

if [[ ! -f $stamp ]] || [[ "$(cat "$stamp")" != "$(stamp_text)" ]]; then
	create
fi

if [[ ${1:-} == install ]]; then
	shift
	missing=()
	for p in "$@"; do
		chroot "$dir" dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
			grep -q '^install ok installed$' || missing+=("$p")
	done
	((${#missing[@]} == 0)) && exit 0
	echo "chroot.sh: installing ${missing[*]} into the $suite chroot" >&2
	exec "$0" "$suite" run "export DEBIAN_FRONTEND=noninteractive &&
		apt-get -o Acquire::Check-Valid-Until=false update -q >/dev/null &&
		apt-get -o Acquire::Check-Valid-Until=false install -y -q \
			--no-install-recommends ${missing[*]} >/dev/null && apt-get clean"
fi

if [[ ${1:-} != run ]]; then
	echo "$dir"
	exit 0
fi
shift
# A private mount namespace: the mounts are this command's alone (several
# runs may share a chroot at once) and go away with it.
mkdir -p "$dir/proc" "$dir$root"
exec unshare --mount --propagation private /bin/bash -c '
	mount -t proc proc "$1/proc" && mount --bind "$2" "$1$2" &&
	exec chroot "$1" /bin/sh -c "cd \"$2\" && $3"' chroot-run "$dir" "$root" "$*"
