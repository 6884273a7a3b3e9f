// Browser sample: opens URL in Debian's Chromium through playwright-core, loads jQuery into the
// page and sends a same-origin GET with $.ajax. Usage: node browser_jquery_get.mjs URL
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const jqueryPath = createRequire(import.meta.url).resolve('jquery/dist/jquery.min.js');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
try {
  const page = await browser.newPage();
  const response = await page.goto(process.argv[2]);
  console.log(response.status());
  await page.addScriptTag({ path: jqueryPath });
  const body = await page.evaluate(() => new Promise((resolve, reject) => {
    window.jQuery.ajax({ url: location.href, method: 'GET', dataType: 'text' })
      .done(resolve)
      .fail((request, status, error) => reject(new Error(`$.ajax failed: ${status} ${error}`)));
  }));
  console.log(body);
} finally {
  await browser.close();
}
