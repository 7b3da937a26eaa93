#!/usr/bin/env bash
# Installs the system libraries Headset builds against, or says exactly what to install.
# Idempotent: does nothing when everything is already present.
set -euo pipefail

APT_PACKAGES=(pkg-config libsqlite3-dev libxlsxwriter-dev libminizip-dev coinor-libcbc-dev)
PKG_CONFIG_MODULES=(sqlite3 xlsxwriter minizip cbc)

missing_modules() {
    if ! command -v pkg-config >/dev/null 2>&1; then
        echo "pkg-config"
        return
    fi
    for module in "${PKG_CONFIG_MODULES[@]}"; do
        pkg-config --exists "$module" || echo "$module"
    done
}

if ! command -v swift >/dev/null 2>&1; then
    echo "install-deps: Swift 6.1 or later is needed (https://www.swift.org/install/linux/) and 'swift' must be on PATH." >&2
    exit 1
fi

missing="$(missing_modules)"
if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: installing ${APT_PACKAGES[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
    still_missing="$(missing_modules)"
    if [ -n "$still_missing" ]; then
        echo "install-deps: still missing after install: $still_missing" >&2
        exit 1
    fi
    exit 0
fi

echo "install-deps: missing system libraries ($(echo $missing | tr '\n' ' '))." >&2
echo "Install them with:" >&2
echo "  sudo apt-get install -y ${APT_PACKAGES[*]}" >&2
exit 1
