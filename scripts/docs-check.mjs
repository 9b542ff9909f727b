// Browser check of the documentation site (`npm run docs:check`): builds the docs
// into a fresh folder, serves them on 127.0.0.1 (random free port) with a tiny
// static server, opens pages in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core) and checks that
//   * no page logs a console error, throws, or fails to load a resource;
//   * formulas are rendered by KaTeX (KaTeX elements, no KaTeX error, KaTeX fonts applied);
//   * the main exports are listed in the navigation and have their pages;
//   * the guides are in the site.
// Screenshots go to docs/screenshots/ (gitignored). Exit status 0 when every check
// passes, 1 otherwise; 4 when Chromium is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));

/** The exports a statistician looks for first; each must be listed and have a page. */
export const MAIN_EXPORTS = [
  ['randomFeaturesInference', 'functions/randomFeaturesInference.html'],
  ['inferCoefficients', 'functions/inferCoefficients.html'],
  ['RandomFeaturesRegression', 'classes/RandomFeaturesRegression.html'],
  ['solveRidge', 'functions/solveRidge.html'],
  ['drawFirstLayer', 'functions/drawFirstLayer.html'],
  ['CoefficientInference', 'interfaces/CoefficientInference.html'],
];

/** Builds the site with typedoc into `outDir`; throws with typedoc's output on failure. */
export function buildDocs(outDir) {
  const typedoc = join(root, 'node_modules', 'typedoc', 'bin', 'typedoc');
  const r = spawnSync(process.execPath, [typedoc, '--out', outDir], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`typedoc failed (status ${r.status}):\n${r.stdout}${r.stderr}`);
  return `${r.stdout}${r.stderr}`;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** Serves `dir` read-only on 127.0.0.1 at a random free port; resolves to { url, close }. */
export function serve(dir) {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done(undefined))) });
    }),
  );
}

/**
 * Runs the whole check. Returns { failures: string[], pages: {name, screenshot, ...}[] }.
 * `screenshotDir` receives one PNG per page.
 */
export async function checkDocs({ screenshotDir = join(root, 'docs', 'screenshots'), log = console.log } = {}) {
  const { chromium } = await import('playwright-core');
  const work = mkdtempSync(join(tmpdir(), 'rfci-docs-check-'));
  const site = join(work, 'site');
  const failures = [];
  const pages = [];
  buildDocs(site);
  mkdirSync(screenshotDir, { recursive: true });
  const server = await serve(site);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    let problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    // Stay on loopback: any other request is a failure of the check, and is not sent.
    await page.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : (problems.push(`external request: ${route.request().url()}`), route.abort())));

    async function visit(name, path, checks) {
      problems = [];
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.waitForFunction(() => document.body.style.display !== 'none');
      await page.evaluate(() => document.fonts.ready);
      const result = await checks();
      const screenshot = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: screenshot, fullPage: false });
      for (const p of problems) failures.push(`${name}: ${p}`);
      pages.push({ name, path, screenshot, ...result });
      log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name} (${path}) ${JSON.stringify(result)}`);
    }

    const katexStats = () =>
      page.evaluate(() => ({
        formulas: document.querySelectorAll('.katex').length,
        katexErrors: document.querySelectorAll('.katex-error').length,
        katexFont: (() => {
          const el = document.querySelector('.katex .mathnormal, .katex .mord');
          return el ? getComputedStyle(el).fontFamily : '';
        })(),
      }));
    const requireFormulas = (name, s) => {
      if (s.formulas === 0) failures.push(`${name}: no KaTeX formula rendered`);
      if (s.katexErrors > 0) failures.push(`${name}: ${s.katexErrors} KaTeX error(s)`);
      if (s.formulas > 0 && !/KaTeX/.test(s.katexFont)) failures.push(`${name}: KaTeX fonts not applied (font-family ${s.katexFont})`);
    };

    await visit('index', 'index.html', async () => {
      await page.waitForSelector('#tsd-nav-container a', { timeout: 10_000 }).catch(() => undefined);
      const nav = await page.$$eval('#tsd-nav-container a, .tsd-navigation a', (as) => as.map((a) => a.textContent?.trim() ?? ''));
      const missing = MAIN_EXPORTS.map(([name]) => name).filter((name) => !nav.includes(name));
      if (missing.length > 0) failures.push(`index: main exports missing from the navigation: ${missing.join(', ')}`);
      const guides = ['Quickstart', 'The method', 'Command-line reference'].filter((g) => !nav.some((t) => t.startsWith(g)));
      if (guides.length > 0) failures.push(`index: guides missing from the navigation: ${guides.join(', ')}`);
      return { navigationLinks: nav.length, missingExports: missing, missingGuides: guides };
    });
    await visit('guide-method', 'documents/The_method.html', async () => {
      const s = await katexStats();
      requireFormulas('guide-method', s);
      const display = await page.$$eval('.katex-display', (els) => els.length);
      if (display === 0) failures.push('guide-method: no display formula');
      return { ...s, displayFormulas: display };
    });
    await visit('api-inferCoefficients', 'functions/inferCoefficients.html', async () => {
      const s = await katexStats();
      requireFormulas('api-inferCoefficients', s);
      const example = await page.$$eval('.tsd-comment pre code, pre code', (els) => els.length);
      if (example === 0) failures.push('api-inferCoefficients: no @example code block');
      return { ...s, codeBlocks: example };
    });
    for (const [name, path] of MAIN_EXPORTS) {
      const r = await fetch(server.url + path);
      if (r.status !== 200) failures.push(`page of ${name} (${path}) is missing: HTTP ${r.status}`);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return { failures, pages };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(CHROMIUM)) {
    console.error(`docs:check needs Chromium at ${CHROMIUM} (Debian: apt-get install -y chromium)`);
    process.exit(4);
  }
  const { failures, pages } = await checkDocs();
  console.log(`screenshots: ${pages.map((p) => p.screenshot).join(', ')}`);
  if (failures.length > 0) {
    console.error(`docs check failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('docs check passed');
}
