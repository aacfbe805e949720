/**
 * The browser tests' --disable-features switch replaces playwright's own (Chromium reads the last one):
 * it must still carry every feature the installed playwright-core turns off. Read from playwright-core's
 * bundle, where chromiumSwitches.ts lists them (no browser is started here).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CHROMIUM_ARGS, HEADLESS_UNSHOWN_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from './support/browser';

function playwrightDisabledFeatures(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8');
  const start = bundle.indexOf('disabledFeatures = [');
  if (start < 0) throw new Error('playwright-core no longer lists disabledFeatures in lib/coreBundle.js: update tests/e2e/support/browser.ts');
  const list = bundle.slice(start, bundle.indexOf('].filter(Boolean)', start));
  return [...list.matchAll(/^\s*(?:process\.env\.\w+ \? "" : )?"(\w+)"/gm)].map((m) => m[1]);
}

describe('chromium switches', () => {
  it('one --disable-features, with every feature playwright-core turns off and the headless omnibox popup', () => {
    const switches = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    const ours = new Set(switches[0].slice('--disable-features='.length).split(','));
    const theirs = playwrightDisabledFeatures();
    // Playwright 1.65 turns off 16 (PaintHolding, MediaRouter, ...): a parse that finds none is a broken parse.
    expect(theirs.length).toBeGreaterThanOrEqual(10);
    expect(theirs.filter((f) => !ours.has(f))).toEqual([]);
    expect([...ours].sort()).toEqual([...new Set([...PLAYWRIGHT_DISABLED_FEATURES, ...HEADLESS_UNSHOWN_FEATURES])].sort());
  });
});
