// Runs browser snippets in one headless Chromium, driven by playwright-core.
//
// Usage: node browser_run.mjs --port PORT --chromium PATH --jquery PATH --playwright PATH
//
// --playwright is the playwright-core package folder: this file lives outside the folder
// whose node_modules contains it, so it is imported by path.
//
// It serves pages at http://localhost:PORT, a different origin from the mock server, so
// cross-origin requests and their CORS preflights happen as on a real site. It reads one JSON
// request per line on stdin, {"page": "/abs/path.html"}, opens that page in a fresh browser
// context and writes one JSON line per request on stdout: {"returncode", "stdout", "stderr"}.
// It writes {"ready": true} once the browser runs, and exits when stdin closes.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// Limit of one whole run. The Python runner waits longer, RUN_TIMEOUT_SECONDS (60 s), for a result.
const RUN_TIMEOUT_MS = 30_000;
// Time a snippet has to print after its request finished, before the run fails.
const PRINT_TIMEOUT_MS = 5_000;
// Time given after the first output for late page errors and console messages.
const SETTLE_MS = 150;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const { values: options } = parseArgs({
  options: {
    port: { type: 'string' },
    chromium: { type: 'string' },
    jquery: { type: 'string' },
    playwright: { type: 'string' },
  },
});
for (const name of ['port', 'chromium', 'jquery', 'playwright']) {
  if (!options[name]) {
    process.stderr.write(`browser_run.mjs: missing option --${name}; the usage is at the top of this file\n`);
    process.exit(2);
  }
}
const { chromium } = await import(pathToFileURL(`${options.playwright}/index.mjs`).href);
const port = Number(options.port);
const origin = `http://localhost:${port}`;

// Pages are registered per run, so the server only serves files the runner asked for.
const pages = new Map();
let pageCount = 0;

const server = createServer(async (request, response) => {
  const path = new URL(request.url, origin).pathname;
  let file = null;
  let contentType = 'text/html; charset=utf-8';
  if (path === '/jquery.min.js') {
    file = options.jquery;
    contentType = 'text/javascript; charset=utf-8';
  } else if (pages.has(path)) {
    file = pages.get(path);
  }
  if (file === null) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  try {
    const data = await readFile(file);
    response.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' }).end(data);
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
  }
});

await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, '127.0.0.1', resolve);
});

const browser = await chromium.launch({
  executablePath: options.chromium,
  headless: true,
  args: CHROMIUM_ARGS,
});

// Opening a page starts a renderer process, which takes a few hundred milliseconds, so the
// page for the next run is opened while the current one runs. Each run still gets its own
// context: no cookies, cache or cached CORS preflight carry over between snippets.
async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page };
}

let nextPage = openPage();

async function takeFreshPage() {
  const fresh = await nextPage;
  nextPage = openPage();
  return fresh;
}

function reply(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

// Opens one page in its own context and collects what the snippet printed and what failed.
async function runPage(file) {
  pageCount += 1;
  const path = `/pages/${pageCount}.html`;
  pages.set(path, file);

  const stdout = [];
  const errors = [];
  const notes = [];
  let finish;
  const finished = new Promise((resolve) => {
    finish = resolve;
  });
  let settleTimer = null;
  const settle = () => {
    if (settleTimer === null) {
      settleTimer = setTimeout(finish, SETTLE_MS);
    }
  };
  let printTimer = null;
  const runTimer = setTimeout(() => {
    errors.push(`timed out after ${RUN_TIMEOUT_MS} ms without output`);
    finish();
  }, RUN_TIMEOUT_MS);

  const { context, page } = await takeFreshPage();
  try {
    page.on('console', (message) => {
      const type = message.type();
      if (type === 'log' || type === 'info') {
        stdout.push(message.text());
        settle();
      } else {
        notes.push(`console.${type}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => {
      errors.push(`uncaught ${error.stack || error.message || String(error)}`);
      settle();
    });
    page.on('requestfailed', (request) => {
      const failure = request.failure();
      errors.push(`request failed: ${request.method()} ${request.url()}: ${failure ? failure.errorText : 'unknown error'}`);
      settle();
    });
    page.on('requestfinished', async (request) => {
      if (request.url().startsWith(origin + '/')) {
        return;
      }
      const response = await request.response().catch(() => null);
      notes.push(`request finished: ${request.method()} ${request.url()}: status ${response ? response.status() : 'unknown'}`);
      if (printTimer === null) {
        printTimer = setTimeout(() => {
          if (stdout.length === 0) {
            errors.push(`the snippet printed nothing within ${PRINT_TIMEOUT_MS} ms after its request finished`);
          }
          finish();
        }, PRINT_TIMEOUT_MS);
      }
    });

    await page.goto(origin + path, { waitUntil: 'commit' });
    await finished;
  } catch (error) {
    errors.push(`runner error: ${error.stack || error}`);
  } finally {
    clearTimeout(runTimer);
    clearTimeout(printTimer);
    clearTimeout(settleTimer);
    pages.delete(path);
    // Not awaited: the context closes while the runner reads the result.
    context.close().catch(() => {});
  }

  const failed = errors.length > 0 || stdout.length === 0;
  if (stdout.length === 0 && errors.length === 0) {
    errors.push('the snippet printed nothing');
  }
  return {
    returncode: failed ? 1 : 0,
    stdout: stdout.map((line) => line + '\n').join(''),
    stderr: [...errors, ...notes].map((line) => line + '\n').join(''),
  };
}

reply({ ready: true, browser: browser.version() });

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) {
    continue;
  }
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    reply({ returncode: 2, stdout: '', stderr: `invalid request line: ${error.message}\n` });
    continue;
  }
  reply(await runPage(request.page));
}

await (await nextPage.catch(() => null))?.context.close().catch(() => {});
await browser.close();
server.close();
