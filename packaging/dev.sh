#!/usr/bin/env bash
# Newsdesk on Debian 12: installs what is missing, builds, then runs the editor or the tests.
#   ./packaging/dev.sh run [SITE]     build and open Newsdesk (default: the last or default site)
#   ./packaging/dev.sh test [ARGS]    build and run the whole test suite headless (ARGS → ctest)
#   ./packaging/dev.sh bench          build and run the benchmarks (tests/bench), headless
#   ./packaging/dev.sh build          set up and build only
# NEWSDESK_BUILD_DIR chooses the build folder (default: build/ in the checkout).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build=${NEWSDESK_BUILD_DIR:-$root/build}

apt_packages=(
    build-essential cmake ninja-build ccache pkg-config git clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6
    qt6-image-formats-plugins
    qt6-webengine-dev qt6-webengine-dev-tools qt6-webchannel-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libhunspell-dev hunspell-en-gb hunspell-en-us
    libkainjow-mustache-dev libzip-dev libgumbo-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
    libsqlite3-dev libssl-dev zlib1g-dev libvips-dev
    libqt6sql6-psql postgresql-15 qtkeychain-qt6-dev
    fonts-noto-core sqlite3 chromium
    desktop-file-utils appstream dpkg-dev file
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
    local wanted=()
    for package in "${apt_packages[@]}"; do
        if ! dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qx installed; then
            wanted+=("$package")
        fi
    done
    # Node.js from elsewhere brings its own npm (and conflicts with Debian's); install Debian's
    # only when there is none.
    command -v npm >/dev/null 2>&1 || wanted+=(npm)
    if [ ${#wanted[@]} -gt 0 ]; then
        echo "dev.sh: installing ${wanted[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            "${wanted[@]}"
    fi
}

build_all() {
    ensure_packages
    "$here/fetch-data.sh" "$build/data"
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" --parallel "$(nproc)"
}

case "${1:-}" in
run)
    shift
    build_all
    exec "$build/bin/newsdesk" "$@"
    ;;
test)
    shift
    build_all
    cd "$build"
    QT_QPA_PLATFORM=offscreen exec ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
bench)
    build_all
    for bench in "$build"/tests/bench/bench_*; do
        echo "== $(basename "$bench")"
        QT_QPA_PLATFORM=offscreen "$bench"
    done
    ;;
build)
    build_all
    ;;
*)
    sed -n '2,7s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
    ;;
esac
