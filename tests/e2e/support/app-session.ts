/**
 * One browser session on the built app for an end-to-end test file: the app built with Vite (once per
 * source state, shared by every test file: build-app.ts), served on a localhost port (one server per
 * build and worker), and a page in Debian's chromium (one browser per worker: browser.ts) that records
 * uncaught page errors. `close` closes the pages the session opened.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { appBuild } from './build-app';
import { serveStatic, type StaticServer } from './static-server';
import { CHROMIUM, hasChromium, sharedBrowser, type Browser } from './browser';

export interface AppSession {
  /** The app's URL (ends in `/`). */
  url: string;
  page: Page;
  browser: Browser;
  /** Messages of uncaught errors in the page, in order. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** One server per build of the app in this worker: the same origin for every file, so the browser's HTTP and code caches carry over. */
const servers = new Map<string, Promise<StaticServer>>();

function serveBuild(dir: string): Promise<StaticServer> {
  let server = servers.get(dir);
  if (!server) {
    server = serveStatic(dir, { cacheAssets: true });
    servers.set(dir, server);
    server.catch(() => servers.delete(dir));
  }
  return server;
}

/**
 * Builds, serves and opens the app: a new page in the worker's shared browser (browser.ts, sharedBrowser),
 * on the worker's server of the current build. Every test file starts from no saved work (freshStart or
 * resetSaved delete the origin's IndexedDB and localStorage), as it did with a browser of its own; `close`
 * closes every page opened in the browser since (the session's page, second windows, team pages).
 * @throws Error when chromium is missing (with the apt command that installs it)
 */
export async function startApp(options: { locale?: string } = {}): Promise<AppSession> {
  if (!hasChromium()) throw new Error(`chromium not found at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium fonts-noto-cjk`);
  const server = await serveBuild(await appBuild());
  const shared = await sharedBrowser(options.locale ?? 'en-US');
  const opened: Page[] = [];
  const track = (p: Page) => opened.push(p);
  shared.context.on('page', track);
  const closeOpened = async () => {
    shared.context.off('page', track);
    await Promise.all(opened.map((p) => p.close().catch(() => undefined)));
  };
  try {
    const page = await shared.context.newPage();
    // In front of any page another file left in the shared browser (see freshStart in app-page.ts).
    await page.bringToFront();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return {
      url: server.url,
      page,
      browser: { context: shared.context, profile: shared.profile, close: closeOpened },
      pageErrors,
      close: closeOpened,
    };
  } catch (error) {
    await closeOpened();
    throw error;
  }
}

/**
 * A new page in a window of its own (a second window of the browser, as a team's phone or a second browser
 * window is), instead of a tab behind the session's page: both windows are shown at once, so neither has its
 * frames and timers deferred (Chromium does that to a tab behind another) and the test need not bring each
 * page to the front before acting on it (every switch of tabs repaints the page brought forward). Opened
 * through `session` (its `close` closes it), or any page of the shared browser.
 */
export async function openWindow(session: { page: Page; browser: { context: BrowserContext } }): Promise<Page> {
  const cdp = await session.browser.context.newCDPSession(session.page);
  try {
    const [page] = await Promise.all([session.browser.context.waitForEvent('page'), cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true })]);
    return page;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
