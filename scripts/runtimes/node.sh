# Installs tests/runtimes/node/node_modules from package-lock.json.
# Sourced by scripts/install-runtimes.sh after common.sh.

NODE_PROJECT_DIR="$RUNTIMES_DIR/node"
MINIMUM_NODE_MAJOR=20

check_node_tools() {
    require_command node node "Install Node.js $MINIMUM_NODE_MAJOR or later."
    require_command node npm "Install npm together with Node.js $MINIMUM_NODE_MAJOR or later."
    local node_major
    node_major="$(major_version "$(node --version)")"
    if ((node_major < MINIMUM_NODE_MAJOR)); then
        fail node "Node.js $(node --version) is too old. Install Node.js $MINIMUM_NODE_MAJOR or later."
    fi
}

# Run 'npm ci' unless node_modules was installed from the same package-lock.json
# with the same Node.js version.
install_node() {
    local start=$SECONDS stamp_file="$NODE_PROJECT_DIR/node_modules/.snippetgen-install-stamp" digest
    digest="$(content_digest "$NODE_PROJECT_DIR/package-lock.json" -- "$(node --version)")"
    if stamp_is_current "$stamp_file" "$digest"; then
        log_step node "node_modules up to date"
        return
    fi

    # playwright-core drives Debian's /usr/bin/chromium, so no browser build is downloaded.
    if ! (cd "$NODE_PROJECT_DIR" &&
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --cache "$NPM_CACHE_DIR" --prefer-offline \
            --no-audit --no-fund --loglevel=error >/dev/null); then
        fail node "'npm ci' in $NODE_PROJECT_DIR failed (npm's error is above). Check that the npm registry is reachable, then rerun."
    fi
    printf '%s\n' "$digest" >"$stamp_file"
    log_step node "npm ci done ($(elapsed_since "$start"))"
}
