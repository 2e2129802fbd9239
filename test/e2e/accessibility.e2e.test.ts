import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppScreen } from './app';
import { chooseLanguage, openScreen, seriousAxeFindings } from './app';
import type { BrowserSession } from './browser';
import { openBrowser } from './browser';

const SCREENS: Record<'en' | 'ar', AppScreen[]> = {
  en: [
    { hash: '#/', heading: 'Overview' },
    { hash: '#/settings', heading: 'Settings' },
  ],
  ar: [
    { hash: '#/', heading: 'نظرة عامة' },
    { hash: '#/settings', heading: 'الإعدادات' },
  ],
};

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session.close();
  });

  it.each(SCREENS.en)('English $hash has no serious or critical findings', async ({ hash, heading }) => {
    await openScreen(session.page, hash, heading);
    expect(await seriousAxeFindings(session.page)).toEqual([]);
  });

  it('Arabic can be chosen', async () => {
    await openScreen(session.page, '#/settings', 'Settings');
    await chooseLanguage(session.page, 'العربية', 'الإعدادات');
  });

  it.each(SCREENS.ar)('Arabic $hash has no serious or critical findings', async ({ hash, heading }) => {
    await openScreen(session.page, hash, heading);
    expect(await seriousAxeFindings(session.page)).toEqual([]);
  });

  it('reported no console errors, page errors or CSP violations', () => {
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], cspViolations: [] });
  });
});
