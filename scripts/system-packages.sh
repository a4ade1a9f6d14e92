#!/usr/bin/env bash
# Debian packages that make the project faster or complete but that pip cannot install:
# libharfbuzz-subset0 lets WeasyPrint subset fonts natively (PDFs render about ten times
# faster than with its fontTools fallback). Installs them when running as root on Debian and
# they are missing; otherwise says what to run, and never fails the build for it.
set -uo pipefail

PACKAGES=(libharfbuzz-subset0)

missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "Not Debian: install the equivalent of ${missing[*]} for faster PDF rendering."
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "For faster PDF rendering run: sudo apt-get install -y ${missing[*]}"
    exit 0
fi
echo "Installing ${missing[*]} (faster PDF rendering)"
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
        || echo "Could not install ${missing[*]}; PDFs will render more slowly."
fi
exit 0
