/**
 * Debian's chromium driven by playwright-core: headless, a fresh temporary profile, the flags that
 * keep it quiet and offline (no sandbox: the tests run as root).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';

export const CHROMIUM = process.env.PLANPATH_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The features playwright-core 1.65 turns off (its chromiumSwitches.ts). Chromium reads one
 * --disable-features switch, the last: ours replaces playwright's, so it repeats them
 * (tests/e2e/browser-flags.test.ts checks this list against the installed playwright-core).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156's headless mode builds the omnibox popup of every browser window as a WebUI page
 * (chrome://omnibox-popup.top-chrome/, two targets in a renderer of their own) although a headless window
 * never shows it: 2.5-3 CPU-s per launch on 2 cores (7.0-7.7 -> 4.7-4.8 CPU-s for a launch and a blank
 * page, alternated pairs). The three features that make it are turned off (tests/e2e/app.test.ts checks
 * that the browser has no such target).
 */
export const HEADLESS_UNSHOWN_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...HEADLESS_UNSHOWN_FEATURES].join(',')}`,
];

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

const shared = new Map<string, Promise<Browser>>();
let exitHooked = false;

/**
 * One browser per test worker and locale, launched on first use and kept until the worker ends: vitest
 * runs many test files in one worker (isolate: false), and each browser file used to launch and close a
 * chromium of its own (about 2-3 s on 2 cores) and start the app on an empty HTTP and code cache (its
 * first app start cost about 2 s more than the next ones). Callers open pages of their own in it and
 * close them when done (tests/e2e/support/app-session.ts); nobody closes the browser itself. When the
 * worker ends (vitest sends SIGTERM), it exits at once: playwright's exit handler kills chromium, and
 * the profile folder is deleted.
 */
export function sharedBrowser(locale = 'en-US'): Promise<Browser> {
  let browser = shared.get(locale);
  if (!browser) {
    browser = launchBrowser({ locale });
    shared.set(locale, browser);
    browser.then(
      (b) => {
        if (!exitHooked) {
          exitHooked = true;
          process.once('SIGTERM', () => process.exit(0));
        }
        // Chromium's processes are killed (SIGKILL) by playwright's exit handler, which runs first, and may
        // still write into the profile for a moment: the folder is deleted a second later by a detached rm.
        process.once('exit', () => {
          try {
            spawn('sh', ['-c', 'sleep 1; rm -rf -- "$0"', b.profile], { detached: true, stdio: 'ignore' }).unref();
          } catch {
            /* a temporary folder is left behind */
          }
        });
      },
      () => shared.delete(locale),
    );
  }
  return browser;
}
