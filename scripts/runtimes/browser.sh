# Checks Debian's Chromium and the playwright-core package that drives it.
# Sourced by scripts/install-runtimes.sh after common.sh. The apt step installs chromium and
# the node step installs playwright-core before this one.

CHROMIUM_PATH=/usr/bin/chromium

install_browser() {
    if [[ ! -x "$CHROMIUM_PATH" ]]; then
        fail browser "$CHROMIUM_PATH not found. Install it with: apt-get install chromium"
    fi
    local playwright_manifest="$RUNTIMES_DIR/node/node_modules/playwright-core/package.json"
    if [[ ! -f "$playwright_manifest" ]]; then
        fail browser "$playwright_manifest not found. Install it with: scripts/install-runtimes.sh node"
    fi
    local chromium_version playwright_version
    chromium_version="$("$CHROMIUM_PATH" --version 2>/dev/null)" ||
        fail browser "'$CHROMIUM_PATH --version' failed. Reinstall it with: apt-get install --reinstall chromium"
    playwright_version="$(node -p "require(process.argv[1]).version" "$playwright_manifest")"
    log_step browser "$chromium_version, playwright-core $playwright_version"
}
