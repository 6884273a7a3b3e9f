# Shared helpers for scripts/install-runtimes.sh and the part scripts beside this file.
# Source this file. It defines functions and variables only.

# The repository root, two levels above this file.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNTIMES_DIR="$REPO_ROOT/tests/runtimes"

# Download caches live in the git-ignored .cache/ folder so that a rerun in the same
# checkout downloads nothing.
CACHE_DIR="$REPO_ROOT/.cache"
NPM_CACHE_DIR="$CACHE_DIR/npm"
MAVEN_REPO_DIR="$CACHE_DIR/m2"
CARGO_HOME_DIR="$CACHE_DIR/cargo"

# Print one progress line for a step, e.g. "node: npm ci done (12s)".
log_step() {
    local part="$1"
    shift
    printf '%s: %s\n' "$part" "$*"
}

# Print an error that names the failed step and the fix, then exit with status 1.
fail() {
    local part="$1"
    shift
    printf 'error: %s: %s\n' "$part" "$*" >&2
    exit 1
}

# Fail unless COMMAND is on PATH. HINT is the install instruction that the error message ends with.
require_command() {
    local part="$1" command_name="$2" hint="$3"
    if ! command -v "$command_name" >/dev/null 2>&1; then
        fail "$part" "'$command_name' not found on PATH. $hint"
    fi
}

# Print the first integer in VERSION_TEXT, e.g. 20 for "v20.20.2" or 17 for "17.0.15".
major_version() {
    local version_text="$1"
    if [[ "$version_text" =~ ([0-9]+) ]]; then
        printf '%s\n' "${BASH_REMATCH[1]}"
    else
        printf '0\n'
    fi
}

# Print a SHA-256 digest of the given files' contents followed by any extra words.
# The install steps store it as a stamp to tell whether an install is still current.
content_digest() {
    local files=() extra=()
    while (($#)); do
        if [[ "$1" == "--" ]]; then
            shift
            extra=("$@")
            break
        fi
        files+=("$1")
        shift
    done
    { cat "${files[@]}"; printf '%s\n' "${extra[@]}"; } | sha256sum | cut -d' ' -f1
}

# Succeed when STAMP_FILE exists and contains exactly DIGEST.
stamp_is_current() {
    local stamp_file="$1" digest="$2"
    [[ -f "$stamp_file" && "$(cat "$stamp_file")" == "$digest" ]]
}

# Print the seconds elapsed since START_SECONDS (a value of $SECONDS).
elapsed_since() {
    printf '%ss\n' "$((SECONDS - $1))"
}
