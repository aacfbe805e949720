/**
 * Debian's chromium driven by playwright-core: headless, a fresh temporary profile, the flags that
 * keep it quiet and offline (no sandbox: the tests run as root).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.PLANPATH_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export interface Browser {
  context: BrowserContext;
  profile: string;
  close(): Promise<void>;
}

/** A persistent context on a fresh profile; `locale` sets navigator.language. */
export async function launchBrowser(options: { locale?: string; downloads?: string } = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'planpath-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1440, height: 960 },
    acceptDownloads: true,
    downloadsPath: options.downloads,
  });
  return {
    context,
    profile,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
