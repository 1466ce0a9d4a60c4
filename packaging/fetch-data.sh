#!/usr/bin/env bash
# Fetches the data Newsdesk takes from the npm registry (packaging/npm-data.txt: name, version,
# sha256 of the tarball) into DATA_DIR. Tarballs are cached; a wrong checksum is fatal.
#   usage: packaging/fetch-data.sh DATA_DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=${1:?usage: fetch-data.sh DATA_DIR}
cache=${NEWSDESK_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsdesk/npm}
mkdir -p "$data" "$cache"

fetch() { # name version sha256 → path of the verified tarball
    local name=$1 version=$2 sha=$3
    local tarball="$cache/${name//\//-}-$version.tgz"
    tarball=${tarball/@/}
    if [ ! -f "$tarball" ] || ! echo "$sha  $tarball" | sha256sum --check --status; then
        local tmp
        tmp=$(mktemp -d)
        (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null)
        mv "$tmp"/*.tgz "$tarball"
        rm -rf "$tmp"
    fi
    if ! echo "$sha  $tarball" | sha256sum --check --status; then
        echo "fetch-data.sh: $name@$version: checksum mismatch (expected $sha, got" \
            "$(sha256sum "$tarball" | cut -d' ' -f1)); refusing to use it" >&2
        rm -f "$tarball"
        exit 1
    fi
    echo "$tarball"
}

unpack() { # tarball out → a temporary folder holding package/ (the caller removes it)
    local tmp
    tmp=$(mktemp -d)
    tar -xzf "$1" -C "$tmp"
    mkdir -p "$2"
    echo "$tmp"
}

install_dictionary_ka() { # tarball version
    local tarball=$1 version=$2 out="$data/dictionaries"
    local stamp="$data/.fetched-dictionary-ka-$version"
    [ -f "$stamp" ] && [ -f "$out/ka_GE.dic" ] && return 0
    local tmp
    tmp=$(unpack "$tarball" "$out")
    install -m 644 "$tmp/package/index.aff" "$out/ka_GE.aff"
    install -m 644 "$tmp/package/index.dic" "$out/ka_GE.dic"
    {
        echo "Georgian dictionary: npm dictionary-ka $version (MIT licence, below)."
        echo "Word list built from GeoWordsDatabase by Dato Bumbeishvili (MIT) and from"
        echo "Crúbadán by Kevin Scannell (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/);"
        echo "affix rules by Gabriel Margiani (ka_GE.spell)."
        echo
        cat "$tmp/package/license"
    } >"$out/ka_GE.LICENSE"
    rm -rf "$tmp"
    touch "$stamp"
    echo "fetch-data.sh: Georgian dictionary $version in $out"
}

install_font_georgian() { # tarball version
    local tarball=$1 version=$2 out="$data/fonts/noto-sans-georgian"
    local stamp="$data/.fetched-noto-sans-georgian-$version"
    [ -f "$stamp" ] && [ -f "$out/noto-sans-georgian-400.woff2" ] && return 0
    local tmp
    tmp=$(unpack "$tarball" "$out")
    for weight in 400 700; do
        install -m 644 "$tmp/package/files/noto-sans-georgian-georgian-$weight-normal.woff2" \
            "$out/noto-sans-georgian-$weight.woff2"
    done
    {
        echo "Noto Sans Georgian (Georgian subset, weights 400 and 700): npm"
        echo "@fontsource/noto-sans-georgian $version. SIL Open Font License 1.1, below."
        echo
        cat "$tmp/package/LICENSE"
    } >"$out/OFL.txt"
    rm -rf "$tmp"
    touch "$stamp"
    echo "fetch-data.sh: Noto Sans Georgian $version in $out"
}

# Pagefind, the site search index of exported bundles: the binary from the platform package,
# the licence from the main package (pagefind.js, which the bundle carries, is under it).
install_pagefind_binary() { # tarball version
    local tarball=$1 version=$2 out="$data/pagefind"
    local stamp="$data/.fetched-pagefind-$version"
    [ -f "$stamp" ] && [ -x "$out/pagefind" ] && return 0
    local tmp
    tmp=$(unpack "$tarball" "$out")
    install -m 755 "$tmp/package/bin/pagefind_extended" "$out/pagefind"
    rm -rf "$tmp"
    touch "$stamp"
    echo "fetch-data.sh: Pagefind $version in $out"
}

install_pagefind_licence() { # tarball version
    local tarball=$1 version=$2 out="$data/pagefind"
    local tmp
    tmp=$(unpack "$tarball" "$out")
    {
        echo "Site search: Pagefind $version (npm pagefind, https://pagefind.app), MIT licence:"
        echo
        cat "$tmp/package/LICENSE/LICENSE"
    } >"$out/LICENSE.txt"
    rm -rf "$tmp"
}

grep -v '^\s*#' "$here/npm-data.txt" | while read -r name version sha; do
    [ -n "$name" ] || continue
    if [ "$name" = @pagefind/linux-x64 ] && [ "$(uname -sm)" != "Linux x86_64" ]; then
        echo "fetch-data.sh: no Pagefind binary for $(uname -sm): exports get no search index" >&2
        continue
    fi
    tarball=$(fetch "$name" "$version" "$sha")
    case "$name" in
    dictionary-ka) install_dictionary_ka "$tarball" "$version" ;;
    @fontsource/noto-sans-georgian) install_font_georgian "$tarball" "$version" ;;
    pagefind) install_pagefind_licence "$tarball" "$version" ;;
    @pagefind/linux-x64) install_pagefind_binary "$tarball" "$version" ;;
    *) echo "fetch-data.sh: no install rule for $name" >&2; exit 1 ;;
    esac
done
