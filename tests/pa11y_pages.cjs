// Run pa11y (HTML_CodeSniffer, WCAG2AA) on pages with Debian's Chromium, for tests/test_accessibility_pa11y.py.
// Reads {"urls": [...], "viewport": {...}, "userAgent": "...", "colorScheme": "dark"} as JSON on stdin
// (colorScheme optional: the preferred colour scheme, prefers-color-scheme) and writes one JSON
// object to stdout: {url: [issue, ...]} with every error, warning and notice HTML_CodeSniffer reports.
// One browser for all pages; nothing is downloaded (PUPPETEER_SKIP_DOWNLOAD, npm ci --ignore-scripts).
"use strict";

const pa11y = require("pa11y");
const puppeteer = require("puppeteer");

const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

async function main() {
  let input = "";
  for await (const chunk of process.stdin) {
    input += chunk;
  }
  const { urls, viewport, userAgent, colorScheme } = JSON.parse(input);
  const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
  const found = {};
  try {
    for (const url of urls) {
      const page = await browser.newPage();
      if (colorScheme) {
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: colorScheme }]);
      }
      const options = {
        browser,
        page,
        runners: ["htmlcs"],
        standard: "WCAG2AA",
        includeWarnings: true,
        includeNotices: false,
        viewport,
        timeout: 60000,
        // Material's scripts set the colour scheme and the header controls once the page has loaded.
        wait: 300,
      };
      if (userAgent) {
        options.userAgent = userAgent;
      }
      const result = await pa11y(url, options);
      found[url] = result.issues;
      await page.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(found));
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
