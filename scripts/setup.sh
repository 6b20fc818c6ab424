#!/usr/bin/env bash
# Installs what LabKit needs on a Debian machine that has Swift 6.3: libgit2-dev and pkg-config
# (the workspace module links libgit2). Says what it installs; does nothing when all is present.
set -euo pipefail

packages=(libgit2-dev pkg-config)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi
if ! command -v apt-get >/dev/null; then
    echo "setup: please install ${missing[*]} (no apt-get on this machine)" >&2
    exit 1
fi
sudo=()
if [[ $(id -u) != 0 ]]; then sudo=(sudo); fi
echo "setup: installing ${missing[*]} with apt-get"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
echo "setup: installed ${missing[*]}"
