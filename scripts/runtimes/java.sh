# Copies the jars named in tests/runtimes/java/pom.xml into tests/runtimes/java/lib.
# Sourced by scripts/install-runtimes.sh after common.sh.

JAVA_PROJECT_DIR="$RUNTIMES_DIR/java"
MINIMUM_JAVA_MAJOR=17

check_java_tools() {
    require_command java java "Install a JDK $MINIMUM_JAVA_MAJOR or later (Debian 12: apt-get install openjdk-17-jdk-headless)."
    require_command java javac "Install a JDK $MINIMUM_JAVA_MAJOR or later (Debian 12: apt-get install openjdk-17-jdk-headless)."
    require_command java mvn "Install Maven (Debian 12: apt-get install maven)."
    local javac_major
    # 'javac -version' prints e.g. "javac 17.0.15".
    javac_major="$(major_version "$(javac -version 2>&1)")"
    if ((javac_major < MINIMUM_JAVA_MAJOR)); then
        fail java "$(javac -version 2>&1) is too old. Install a JDK $MINIMUM_JAVA_MAJOR or later."
    fi
}

# Run Maven's dependency:copy-dependencies goal unless lib/ was filled from the same pom.xml.
# lib/ then contains OkHttp, jsoup and the Kotlin compiler with all their dependencies.
install_java() {
    local start=$SECONDS lib_dir="$JAVA_PROJECT_DIR/lib" digest
    local stamp_file="$lib_dir/.snippetgen-install-stamp"
    digest="$(content_digest "$JAVA_PROJECT_DIR/pom.xml")"
    if stamp_is_current "$stamp_file" "$digest"; then
        log_step java "lib/ up to date"
        return
    fi

    # Jars of an older pom.xml would stay on the 'lib/*' class path, so start from an empty lib/.
    rm -rf "$lib_dir"
    local log_file="$CACHE_DIR/mvn-copy-dependencies.log"
    if ! (cd "$JAVA_PROJECT_DIR" &&
        mvn --batch-mode --no-transfer-progress -Dmaven.repo.local="$MAVEN_REPO_DIR" \
            dependency:copy-dependencies) >"$log_file" 2>&1; then
        tail -n 40 "$log_file" >&2
        fail java "'mvn dependency:copy-dependencies' in $JAVA_PROJECT_DIR failed (the end of its log is above, all of it in $log_file)." \
            "Check that Maven Central is reachable and the versions in pom.xml exist, then rerun."
    fi
    printf '%s\n' "$digest" >"$stamp_file"
    log_step java "$(find "$lib_dir" -name '*.jar' | wc -l) jars copied to tests/runtimes/java/lib ($(elapsed_since "$start"))"
}
