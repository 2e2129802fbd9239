/**
 * One Chromium per test file, with a fresh profile (so a fresh IndexedDB), collecting
 * everything that must never happen in normal use: console errors, uncaught page errors
 * and Content-Security-Policy violations.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export type CspViolation = { directive: string; blockedUri: string; source: string };

export type BrowserProblems = {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: CspViolation[];
};

export type BrowserSession = {
  context: BrowserContext;
  page: Page;
  problems: BrowserProblems;
  close: () => Promise<void>;
};

// stack.md §2: the flags that work with Debian's Chromium on these machines.
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

const REPORT_CSP_BINDING = '__habeasReportCspViolation';

async function watchCspViolations(context: BrowserContext, problems: BrowserProblems): Promise<void> {
  // A binding lives in Node, so violations survive reloads of the page that reported them.
  await context.exposeBinding(REPORT_CSP_BINDING, (_source, violation: CspViolation) => {
    problems.cspViolations.push(violation);
  });
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (violation: unknown) => Promise<void>>)[binding];
      void report?.({ directive: event.violatedDirective, blockedUri: event.blockedURI, source: event.sourceFile });
    });
  }, REPORT_CSP_BINDING);
}

function watchPage(page: Page, problems: BrowserProblems): void {
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') problems.consoleErrors.push(text);
    if (/Content Security Policy/i.test(text)) problems.cspViolations.push({ directive: 'console', blockedUri: '', source: text });
  });
  page.on('pageerror', (error) => {
    problems.pageErrors.push(error.message);
  });
}

export async function openBrowser(): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'habeas-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    timezoneId: 'Africa/Tunis',
    viewport: { width: 1280, height: 900 },
  });
  const problems: BrowserProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  await watchCspViolations(context, problems);
  const page = context.pages()[0] ?? (await context.newPage());
  watchPage(page, problems);
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
