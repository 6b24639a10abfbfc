#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# install-deps.sh - install what vmapcheck needs on Debian 12, only if missing.
#
#   scripts/install-deps.sh [--kernel-src]
#
# Always: GCC 12 and 11 with their plugin headers, CMake, DejaGnu, make,
# mmdebstrap (for the chroots of GCC 13 to 16, scripts/chroot.sh) and the
# real kernel headers of Debian's 6.12 and 6.1 kernels, and the arm64 cross
# gcc-12 with its plugin headers (the plugin is built for it by the host
# g++-12 and runs the unit tier) and cross g++ (the CMake module must refuse
# it as the plugin's compiler).  --kernel-src
# adds what the kernel-fix KUnit tier needs (linux-source, UML build deps).
set -euo pipefail

pkgs=(gcc-12 g++-12 gcc-12-plugin-dev gcc-11 g++-11 gcc-11-plugin-dev
      cmake dejagnu make python3 mmdebstrap linux-headers-6.12-amd64 linux-headers-amd64
      g++-12-aarch64-linux-gnu gcc-12-aarch64-linux-gnu gcc-12-plugin-dev-aarch64-linux-gnu)
if [[ "${1:-}" == "--kernel-src" ]]; then
	pkgs+=(linux-source-6.12 linux-source-6.1 bc bison flex libelf-dev
	       libssl-dev python3 perl xz-utils patch git)
fi

missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' ||
		missing+=("$p")
done
if ((${#missing[@]} == 0)); then
	exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
	echo "install-deps: missing packages: ${missing[*]} (run as root to install)" >&2
	exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
