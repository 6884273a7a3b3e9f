<?php
// Stands in for Composer's vendor/autoload.php, which the Guzzle snippets require, and loads
// the Guzzle that Debian's php-guzzlehttp-guzzle package installs. That autoloader also loads
// Debian's PSR-7, promises, PSR-18 and deprecation-contracts autoloaders through include_path.

$snippetgenGuzzleAutoloader = '/usr/share/php/GuzzleHttp/autoload.php';
if (!is_file($snippetgenGuzzleAutoloader)) {
    fwrite(STDERR, "error: $snippetgenGuzzleAutoloader not found. Install Guzzle with: apt-get install php-guzzlehttp-guzzle\n");
    exit(1);
}
require_once $snippetgenGuzzleAutoloader;
unset($snippetgenGuzzleAutoloader);
