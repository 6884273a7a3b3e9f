#!/usr/bin/env bash
# Installs the runtimes and libraries that the snippet tests run against.
#
# Usage: scripts/install-runtimes.sh [PART...]
# PART is one of: node java rust php csharp browser (default: all of them).
#   node     Node.js libraries in tests/runtimes/node/node_modules (npm ci)
#   java     OkHttp, jsoup and the Kotlin compiler in tests/runtimes/java/lib (Maven)
#   rust     reqwest, compiled once in tests/runtimes/rust/target (cargo)
#   php      Debian's php-cli, php-curl and php-guzzlehttp-guzzle
#   csharp   Debian's Mono C# compiler and System.Net.Http
#   browser  Debian's chromium, driven by playwright-core from the node part (implies node)
#
# Node.js 20+, npm, a JDK 17+, Maven and cargo must already be installed. Debian packages are
# installed with apt-get, which needs root. Downloads are cached in .cache/, so a second run
# with everything in place downloads nothing. See tests/runtimes/README.md.
set -euo pipefail

RUNTIMES_SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/runtimes" && pwd)"
# shellcheck source=runtimes/common.sh
source "$RUNTIMES_SCRIPT_DIR/common.sh"
for part_script in debian node java rust php csharp browser; do
    # shellcheck source=/dev/null
    source "$RUNTIMES_SCRIPT_DIR/$part_script.sh"
done

ALL_PARTS=(node java rust php csharp browser)
declare -A DEBIAN_PACKAGES_BY_PART=(
    [php]="php-cli php-curl php-guzzlehttp-guzzle"
    # mono-mcs lacks System.Net.Http.dll, which libmono-system-net-http4.0-cil provides.
    [csharp]="mono-mcs libmono-system-net-http4.0-cil"
    [browser]="chromium"
)

# Process id and log file of the Rust build, which runs in the background (see main).
RUST_INSTALL_PID=""
RUST_INSTALL_LOG="$CACHE_DIR/install-rust.log"

print_usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

# Succeed when PART is among the remaining arguments.
contains_part() {
    local part="$1" candidate
    shift
    for candidate in "$@"; do
        [[ "$candidate" == "$part" ]] && return 0
    done
    return 1
}

# Stop the process PROCESS_ID and every process it started, children first.
stop_process_tree() {
    local process_id="$1" child_id
    if command -v pgrep >/dev/null 2>&1; then
        for child_id in $(pgrep -P "$process_id" || true); do
            stop_process_tree "$child_id"
        done
    fi
    kill "$process_id" 2>/dev/null || true
}

# Stop the background Rust build when the script exits before waiting for it, e.g. on an apt error.
stop_background_rust_install() {
    if [[ -n "$RUST_INSTALL_PID" ]]; then
        stop_process_tree "$RUST_INSTALL_PID"
    fi
}

# Wait for the background Rust build and print its output. Exit with status 1 if it failed.
wait_for_rust_install() {
    local status=0
    wait "$RUST_INSTALL_PID" || status=$?
    RUST_INSTALL_PID=""
    if ((status != 0)); then
        cat "$RUST_INSTALL_LOG" >&2
        exit 1
    fi
    cat "$RUST_INSTALL_LOG"
}

main() {
    local start=$SECONDS requested=() part
    for part in "$@"; do
        case "$part" in
            -h | --help)
                print_usage
                return 0
                ;;
        esac
        contains_part "$part" "${ALL_PARTS[@]}" ||
            fail install-runtimes "unknown part '$part'. Valid parts: ${ALL_PARTS[*]}"
        requested+=("$part")
    done
    if ((${#requested[@]} == 0)); then
        requested=("${ALL_PARTS[@]}")
    fi
    if contains_part browser "${requested[@]}" && ! contains_part node "${requested[@]}"; then
        requested+=(node)
    fi

    # Keep the order of ALL_PARTS, so node installs playwright-core before the browser check.
    local selected=()
    for part in "${ALL_PARTS[@]}"; do
        if contains_part "$part" "${requested[@]}"; then
            selected+=("$part")
        fi
    done

    mkdir -p "$CACHE_DIR"

    # Check the tools that must be on the machine already before anything is downloaded.
    for part in node java rust; do
        if contains_part "$part" "${selected[@]}"; then
            "check_${part}_tools"
        fi
    done

    # The Rust build is mostly compiling, so it runs in the background while apt-get, npm and
    # Maven download. Its output is printed in the part's turn below.
    if contains_part rust "${selected[@]}"; then
        trap stop_background_rust_install EXIT
        install_rust >"$RUST_INSTALL_LOG" 2>&1 &
        RUST_INSTALL_PID=$!
    fi

    local debian_packages=()
    for part in "${selected[@]}"; do
        # Word splitting of the space-separated package list is intended.
        # shellcheck disable=SC2206
        debian_packages+=(${DEBIAN_PACKAGES_BY_PART[$part]:-})
    done
    if ((${#debian_packages[@]} > 0)); then
        install_debian_packages "${debian_packages[@]}"
    fi

    for part in "${selected[@]}"; do
        if [[ "$part" == rust ]]; then
            wait_for_rust_install
        else
            "install_$part"
        fi
    done
    log_step install-runtimes "done: ${selected[*]} ($(elapsed_since "$start"))"
}

main "$@"
