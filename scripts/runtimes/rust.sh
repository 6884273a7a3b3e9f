# Downloads and compiles the dependencies of tests/runtimes/rust.
# Sourced by scripts/install-runtimes.sh after common.sh.

RUST_PROJECT_DIR="$RUNTIMES_DIR/rust"

check_rust_tools() {
    require_command rust cargo "Install Rust with rustup (https://rustup.rs) or Debian's cargo package."
    require_command rust rustc "Install Rust with rustup (https://rustup.rs) or Debian's rustc package."
}

# Run cargo in tests/runtimes/rust with the project's crate cache and target folder.
run_cargo() {
    (cd "$RUST_PROJECT_DIR" && CARGO_HOME="$CARGO_HOME_DIR" CARGO_TARGET_DIR="$RUST_PROJECT_DIR/target" cargo "$@")
}

# Download the crates named in Cargo.lock into .cache/cargo and builds src/bin/probe.rs,
# which compiles every dependency once. Cargo skips both when nothing changed.
install_rust() {
    local start=$SECONDS host
    host="$(rustc -vV | sed -n 's/^host: //p')"

    if ! run_cargo fetch --locked --quiet --target "$host"; then
        fail rust "'cargo fetch' in $RUST_PROJECT_DIR failed (cargo's error is above). Check that crates.io is reachable." \
            "If Cargo.toml changed, run 'cargo update' in that folder and commit Cargo.lock."
    fi
    if ! run_cargo build --locked --offline --quiet --bin probe; then
        fail rust "'cargo build --bin probe' in $RUST_PROJECT_DIR failed (cargo's error is above)."
    fi
    log_step rust "dependencies built in tests/runtimes/rust/target ($(elapsed_since "$start"))"
}
