# Checks that tests/runtimes/php/vendor/autoload.php loads Debian's Guzzle.
# Sourced by scripts/install-runtimes.sh after common.sh. Debian's php-cli, php-curl and
# php-guzzlehttp-guzzle packages are installed by the apt step before this one.

PHP_PROJECT_DIR="$RUNTIMES_DIR/php"

install_php() {
    require_command php php "Install PHP with: apt-get install php-cli php-curl php-guzzlehttp-guzzle"
    local guzzle_version
    if ! guzzle_version="$(cd "$PHP_PROJECT_DIR" &&
        php -r 'require "vendor/autoload.php"; echo GuzzleHttp\Client::MAJOR_VERSION;')"; then
        fail php "tests/runtimes/php/vendor/autoload.php did not load Guzzle (PHP's error is above)." \
            "Check that 'dpkg -L php-guzzlehttp-guzzle' lists /usr/share/php/GuzzleHttp/autoload.php."
    fi
    if ! php -r 'exit(extension_loaded("curl") ? 0 : 1);'; then
        fail php "PHP's curl extension is not loaded. Install it with: apt-get install php-curl"
    fi
    log_step php "PHP $(php -r 'echo PHP_VERSION;'), Guzzle $guzzle_version loads from vendor/autoload.php"
}
