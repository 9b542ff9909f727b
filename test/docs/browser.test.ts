import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, checkDocs } from '../../scripts/docs-check.mjs';

const hasChromium = existsSync(CHROMIUM);
const title = hasChromium
  ? 'the docs site works in headless Chromium: no console errors, KaTeX formulas, main exports and guides listed'
  : `SKIPPED: the browser check of the docs needs Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`;

describe('documentation site in a real browser (npm run docs:check)', () => {
  it.skipIf(!hasChromium)(title, { timeout: 180_000 }, async () => {
    const screenshotDir = mkdtempSync(join(tmpdir(), 'rfci-docs-screens-'));
    const { failures, pages } = await checkDocs({ screenshotDir, log: () => undefined });
    expect(failures).toEqual([]);
    expect(pages.map((p) => p.name)).toEqual(['index', 'guide-method', 'api-inferCoefficients']);
    for (const p of pages) expect(existsSync(p.screenshot)).toBe(true);
    expect(pages.find((p) => p.name === 'guide-method')!.formulas).toBeGreaterThan(20);
  });
});
