#!/usr/bin/env bash
# Runs one sample HTTP client program per runtime against a local HTTP server on 127.0.0.1,
# compiled and run with the commands that tests/runtimes/README.md documents.
#
# Usage: scripts/runtimes/smoke-test.sh [PART...]
# PART is one of: node java kotlin rust php csharp browser (default: all of them).
# Run scripts/install-runtimes.sh first. Exits non-zero when a sample fails.
set -euo pipefail

# shellcheck source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

ALL_SMOKE_PARTS=(node java kotlin rust php csharp browser)
SAMPLES_DIR="$RUNTIMES_DIR/smoke"
JAVA_LIB_DIR="$RUNTIMES_DIR/java/lib"
# Every sample prints the status code and then the body of tests/runtimes/smoke/www/index.html,
# which contains this marker.
PAGE_MARKER="snippetgen-smoke-marker"

WORK_DIR="$CACHE_DIR/smoke"
SERVER_PID=""
SERVER_URL=""
PASSED=0
FAILED=0

stop_server() {
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
}

# Start Python's http.server on a free loopback port and sets SERVER_URL.
start_server() {
    require_command smoke python3 "Install Python 3 (Debian 12: apt-get install python3)."
    local log_file="$WORK_DIR/http-server.log" port="" attempt
    python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$SAMPLES_DIR/www" >"$log_file" 2>&1 &
    SERVER_PID=$!
    trap stop_server EXIT
    # http.server prints "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ...".
    for attempt in $(seq 50); do
        port="$(sed -n 's/^Serving HTTP on 127\.0\.0\.1 port \([0-9]*\).*/\1/p' "$log_file")"
        [[ -n "$port" ]] && break
        sleep 0.1
    done
    if [[ -z "$port" ]]; then
        cat "$log_file" >&2
        fail smoke "python3 -m http.server did not start within 5s (its output is above)."
    fi
    SERVER_URL="http://127.0.0.1:$port/"
}

# Run the command after NAME, and count it as passed when it exits with status 0 and its
# output contains the status line 200 and the page marker.
check_sample() {
    local name="$1" output status=0 start=$SECONDS
    shift
    output="$("$@" 2>&1)" || status=$?
    if ((status == 0)) && grep -qx '200' <<<"$output" && grep -q "$PAGE_MARKER" <<<"$output"; then
        PASSED=$((PASSED + 1))
        log_step smoke "$name passed ($(elapsed_since "$start"))"
    else
        FAILED=$((FAILED + 1))
        log_step smoke "$name FAILED with exit status $status. Output:"
        printf '%s\n' "$output" | sed 's/^/    /'
    fi
}

# Run the command after NAME, a compile step, and count it as passed when it exits with status 0.
check_compile() {
    local name="$1" output status=0 start=$SECONDS
    shift
    output="$("$@" 2>&1)" || status=$?
    if ((status == 0)); then
        PASSED=$((PASSED + 1))
        log_step smoke "$name passed ($(elapsed_since "$start"))"
    else
        FAILED=$((FAILED + 1))
        log_step smoke "$name FAILED with exit status $status. Output:"
        printf '%s\n' "$output" | sed 's/^/    /'
    fi
}

# Print a class path of every jar in tests/runtimes/java/lib, for kotlinc's -cp option,
# which does not expand 'lib/*' the way java and javac do.
java_lib_jars() {
    local jars=("$JAVA_LIB_DIR"/*.jar)
    local IFS=:
    printf '%s\n' "${jars[*]}"
}

smoke_node() {
    # ESM ignores NODE_PATH, so a script imports node-fetch only from a folder with
    # tests/runtimes/node/node_modules in it or in a parent folder: here a symbolic link.
    mkdir -p "$WORK_DIR/node"
    ln -sfn "$RUNTIMES_DIR/node/node_modules" "$WORK_DIR/node/node_modules"
    cp "$SAMPLES_DIR/node_fetch_get.mjs" "$WORK_DIR/node/"
    check_sample node-fetch node "$WORK_DIR/node/node_fetch_get.mjs" "$SERVER_URL"
}

smoke_browser() {
    mkdir -p "$WORK_DIR/node"
    ln -sfn "$RUNTIMES_DIR/node/node_modules" "$WORK_DIR/node/node_modules"
    cp "$SAMPLES_DIR/browser_jquery_get.mjs" "$WORK_DIR/node/"
    check_sample chromium-jquery node "$WORK_DIR/node/browser_jquery_get.mjs" "$SERVER_URL"
}

smoke_java() {
    local classes_dir="$WORK_DIR/java"
    mkdir -p "$classes_dir"
    check_compile javac javac -cp "$JAVA_LIB_DIR/*" -d "$classes_dir" \
        "$SAMPLES_DIR/OkHttpGet.java" "$SAMPLES_DIR/JsoupGet.java"
    check_sample okhttp-java java -cp "$classes_dir:$JAVA_LIB_DIR/*" OkHttpGet "$SERVER_URL"
    check_sample jsoup java -cp "$classes_dir:$JAVA_LIB_DIR/*" JsoupGet "$SERVER_URL"
}

smoke_kotlin() {
    local classes_dir="$WORK_DIR/kotlin"
    mkdir -p "$classes_dir"
    check_compile kotlinc java -cp "$JAVA_LIB_DIR/*" org.jetbrains.kotlin.cli.jvm.K2JVMCompiler \
        -no-stdlib -no-reflect -cp "$(java_lib_jars)" -d "$classes_dir" "$SAMPLES_DIR/OkHttpGet.kt"
    check_sample okhttp-kotlin java -cp "$classes_dir:$JAVA_LIB_DIR/*" OkHttpGetKt "$SERVER_URL"
}

smoke_rust() {
    local rust_dir="$RUNTIMES_DIR/rust"
    check_compile cargo-build env CARGO_HOME="$CARGO_HOME_DIR" CARGO_TARGET_DIR="$rust_dir/target" \
        cargo build --manifest-path "$rust_dir/Cargo.toml" --locked --offline --quiet --bin probe
    check_sample reqwest "$rust_dir/target/debug/probe" "$SERVER_URL"
}

smoke_php() {
    # The Guzzle sample requires 'vendor/autoload.php', found relative to the working directory.
    check_sample guzzle env -C "$RUNTIMES_DIR/php" php "$SAMPLES_DIR/guzzle_get.php" "$SERVER_URL"
}

smoke_csharp() {
    local program="$WORK_DIR/csharp/HttpClientGet.exe"
    mkdir -p "$WORK_DIR/csharp"
    check_compile mcs mcs -r:System.Net.Http.dll -main:SnippetgenAsyncMainEntry -out:"$program" \
        "$SAMPLES_DIR/HttpClientGet.cs" "$RUNTIMES_DIR/csharp/AsyncMainEntry.cs"
    check_sample httpclient mono "$program" "$SERVER_URL"
}

main() {
    local parts=("$@") part
    if ((${#parts[@]} == 0)); then
        parts=("${ALL_SMOKE_PARTS[@]}")
    fi
    for part in "${parts[@]}"; do
        if [[ " ${ALL_SMOKE_PARTS[*]} " != *" $part "* ]]; then
            fail smoke "unknown part '$part'. Valid parts: ${ALL_SMOKE_PARTS[*]}"
        fi
    done

    rm -rf "$WORK_DIR"
    mkdir -p "$WORK_DIR"
    start_server
    for part in "${parts[@]}"; do
        "smoke_$part"
    done
    printf 'smoke: %s passed, %s failed\n' "$PASSED" "$FAILED"
    ((FAILED == 0))
}

main "$@"
