# Shared by scripts/test, scripts/demo and bench/run: install what is missing, build in build/.
# Sourced, not run.
RD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RD_BUILD=${RD_BUILD:-$RD_ROOT/build}

rd_say() { printf '\033[1m[releasedesk]\033[0m %s\n' "$*" >&2; }

rd_packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$RD_ROOT/scripts/debian-packages.txt"; }

# Installs only the Debian packages that are not installed yet (dpkg's own record decides).
rd_install_packages() {
    local missing=() pkg
    for pkg in $(rd_packages); do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    rd_say "installing missing Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures once, then builds incrementally.
rd_build() {
    if [ ! -f "$RD_BUILD/CMakeCache.txt" ]; then
        local launcher=()
        # ccache, where a developer has it, makes rebuilds in several work trees cheap.
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$RD_ROOT" -B "$RD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
    fi
    cmake --build "$RD_BUILD" --parallel "$(nproc)" "$@"
}
