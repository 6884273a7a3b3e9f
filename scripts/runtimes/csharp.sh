# Checks the Mono C# compiler and System.Net.Http.dll that the C# snippets compile against.
# Sourced by scripts/install-runtimes.sh after common.sh. Debian's mono-mcs and
# libmono-system-net-http4.0-cil packages are installed by the apt step before this one.

# mcs finds assemblies given as -r:NAME.dll in this folder of the Mono 4.5 profile.
MONO_ASSEMBLY_DIR=/usr/lib/mono/4.5

install_csharp() {
    require_command csharp mcs "Install the Mono C# compiler with: apt-get install mono-mcs"
    require_command csharp mono "Install the Mono runtime with: apt-get install mono-runtime"
    if [[ ! -e "$MONO_ASSEMBLY_DIR/System.Net.Http.dll" ]]; then
        fail csharp "$MONO_ASSEMBLY_DIR/System.Net.Http.dll not found. Install it with: apt-get install libmono-system-net-http4.0-cil"
    fi
    log_step csharp "$(mcs --version), System.Net.Http.dll present"
}
