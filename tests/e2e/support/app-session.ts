/**
 * One browser session on the built app, shared by the end-to-end test files: the app built with Vite
 * (once per source state, shared by every test file: build-app.ts), served on a free localhost port, and a page in Debian's chromium that
 * records uncaught page errors. `close` undoes all of it.
 */
import type { Page } from 'playwright-core';
import { appBuild } from './build-app';
import { serveStatic, type StaticServer } from './static-server';
import { CHROMIUM, hasChromium, launchBrowser, type Browser } from './browser';

export interface AppSession {
  /** The app's URL (ends in `/`). */
  url: string;
  page: Page;
  browser: Browser;
  /** Messages of uncaught errors in the page, in order. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Builds, serves and opens the app. @throws Error when chromium is missing (with the apt command that installs it) */
export async function startApp(options: { locale?: string } = {}): Promise<AppSession> {
  if (!hasChromium()) throw new Error(`chromium not found at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium fonts-noto-cjk`);
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveStatic(await appBuild(), { cacheAssets: true });
    browser = await launchBrowser({ locale: options.locale ?? 'en-US' });
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const [s, b] = [server, browser];
    return {
      url: s.url,
      page,
      browser: b,
      pageErrors,
      async close() {
        await b.close();
        await s.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    throw error;
  }
}
