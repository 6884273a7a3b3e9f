# Installs Debian packages with apt-get. Sourced by scripts/install-runtimes.sh after common.sh.

# Maximum time in seconds to wait for another apt-get or dpkg process to finish.
APT_WAIT_TIMEOUT_SECONDS=900

# Print the packages among the arguments that dpkg does not list as installed.
missing_debian_packages() {
    local package status
    for package in "$@"; do
        status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)"
        if [[ "$status" != "ii "* ]]; then
            printf '%s\n' "$package"
        fi
    done
}

# Print the ids of running apt, apt-get, dpkg and unattended-upgrade processes, space-separated.
list_apt_process_ids() {
    local process_name
    # Minimal Debian installs lack pgrep (package procps). apt-get then still waits for the
    # dpkg lock through DPkg::Lock::Timeout.
    if ! command -v pgrep >/dev/null 2>&1; then
        return 0
    fi
    # pgrep matches at most 15 characters of a process name, hence "unattended-upgr".
    for process_name in apt apt-get dpkg unattended-upgr; do
        pgrep -x "$process_name" || true
    done | tr '\n' ' '
}

# Wait until no apt, apt-get, dpkg or unattended-upgrade process runs, because another
# installer may hold the dpkg lock (on a new machine one may still be installing packages).
wait_for_other_apt_processes() {
    local waited=0 process_ids
    while process_ids="$(list_apt_process_ids)" && [[ -n "$process_ids" ]]; do
        if ((waited == 0)); then
            log_step apt "waiting for running apt/dpkg processes (pid $process_ids) to finish"
        fi
        if ((waited >= APT_WAIT_TIMEOUT_SECONDS)); then
            fail apt "apt/dpkg processes (pid $process_ids) still running after ${APT_WAIT_TIMEOUT_SECONDS}s." \
                "Wait for them to finish, then rerun this script."
        fi
        sleep 5
        waited=$((waited + 5))
    done
}

# Install the given Debian packages that are missing. Runs 'apt-get update' once first,
# and only when a package is missing, so a rerun with everything present makes no request.
install_debian_packages() {
    local missing start=$SECONDS
    mapfile -t missing < <(missing_debian_packages "$@")
    if ((${#missing[@]} == 0)); then
        log_step apt "all $# Debian packages present"
        return
    fi

    if ((EUID != 0)); then
        fail apt "missing Debian packages: ${missing[*]}. Run this script as root," \
            "or install them with: sudo apt-get install ${missing[*]}"
    fi
    require_command apt apt-get "This script needs a Debian system with apt-get."

    local apt_options=(-q -y -o DPkg::Lock::Timeout="$APT_WAIT_TIMEOUT_SECONDS")
    wait_for_other_apt_processes
    log_step apt "installing ${missing[*]}"
    if ! DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" update >"$CACHE_DIR/apt-update.log" 2>&1; then
        cat "$CACHE_DIR/apt-update.log" >&2
        fail apt "'apt-get update' failed (output above). Check the network access to the Debian mirror and rerun."
    fi
    if ! DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install --no-install-recommends "${missing[@]}" \
        >"$CACHE_DIR/apt-install.log" 2>&1; then
        cat "$CACHE_DIR/apt-install.log" >&2
        fail apt "'apt-get install ${missing[*]}' failed (output above). Fix the cause and rerun."
    fi
    log_step apt "installed ${#missing[@]} packages ($(elapsed_since "$start"))"
}
