# Shared by scripts/test, scripts/demo and bench/run: install what is missing, build in build/.
# Sourced, not run.
RD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RD_BUILD=${RD_BUILD:-$RD_ROOT/build}

rd_say() { printf '\033[1m[releasedesk]\033[0m %s\n' "$*" >&2; }

rd_packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$RD_ROOT/scripts/debian-packages.txt"; }

# Installs only the Debian packages that are not installed yet (dpkg's own record decides).
rd_install_packages() {
    # shellcheck disable=SC2046
    rd_install_missing $(rd_packages)
}

# Installs whichever of the named Debian packages are missing.
rd_install_missing() {
    local missing=() pkg
    for pkg in "$@"; do
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
        # RD_CMAKE_ARGS: extra settings of a build folder's first configure (scripts/test --asan).
        # shellcheck disable=SC2086
        cmake -S "$RD_ROOT" -B "$RD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
            ${RD_CMAKE_ARGS:-}
    fi
    cmake --build "$RD_BUILD" --parallel "$(nproc)" "$@"
}

# The runtime options of a sanitizer build (address or thread; nothing for ""): every report
# fails the test that caused it, and only the suppressions in cmake/sanitizers/ are excused.
# A report's stack is only readable symbolized: llvm-symbolizer (llvm-15, which scripts/test
# --asan/--tsan installs; any other llvm-symbolizer on PATH will do) turns its addresses into
# functions, files and lines.
rd_sanitizer_environment() {
    local supp="$RD_ROOT/cmake/sanitizers" symbolizer
    symbolizer=/usr/lib/llvm-15/bin/llvm-symbolizer
    [ -x "$symbolizer" ] || symbolizer=$(command -v llvm-symbolizer || true)
    case "${1:-}" in
        address)
            [ -z "$symbolizer" ] || export ASAN_SYMBOLIZER_PATH="$symbolizer"
            export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0:${ASAN_OPTIONS:-}"
            export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
            export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp:${symbolizer:+external_symbolizer_path=$symbolizer:}${UBSAN_OPTIONS:-}"
            ;;
        thread)
            # history_size=7 (the most): TSan then restores the older side's stack of a report,
            # which the hand-over suppressions of tsan.supp match on. die_after_fork=0: QProcess
            # (the demo portal executable, openssl in the TLS tests) forks the multi-threaded
            # test; TSan's default kills such a child, which only execs.
            export TSAN_OPTIONS="halt_on_error=0:exitcode=66:second_deadlock_stack=1:history_size=7:die_after_fork=0:suppressions=$supp/tsan.supp:${symbolizer:+external_symbolizer_path=$symbolizer:}${TSAN_OPTIONS:-}"
            ;;
    esac
}
