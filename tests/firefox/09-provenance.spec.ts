import type { Page } from 'puppeteer-core';
import { describe } from 'vitest';
import type { FirefoxSession } from './harness/firefox';
import type { StaticServer } from './harness/static-server';
import { connectCrms } from './connect';
import { eventually, expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { byRole, click } from './pages/query';

// The Chromium scenarios of tests/e2e/09-provenance.spec.ts (issue 17), in Firefox ESR.

/** The highlight's host element (utils/capture/highlight/overlay.ts): the boxes are in its closed shadow root. */
const HIGHLIGHT = 'crm-capture-highlight';

/** A fixture page in a tab and the popup for that tab (`popup.html?tab=<id>`), as in 03-capture.spec.ts. */
async function popupFor(firefox: FirefoxSession, pages: StaticServer, file: string): Promise<{ popup: PopupPage; page: Page }> {
  const { page, tabId } = await firefox.openTab(`${pages.origin}/${file}`);
  return { popup: new PopupPage(await firefox.openExtensionPage(`popup.html?tab=${tabId}`)), page };
}

interface Badge {
  origin: string | null;
  confidence: string | null;
  tooltip: string | null;
}

/** A field's provenance badge, on its label line (components/popup/ValueSource.tsx); null when it has none. */
async function badgeOf(popup: PopupPage, label: string): Promise<Badge | null> {
  return (await popup.field(label)).evaluate((node) => {
    const badge = node.closest('.field')?.querySelector('.origin');
    return badge ? { origin: badge.getAttribute('data-origin'), confidence: badge.getAttribute('data-confidence'), tooltip: badge.getAttribute('title') } : null;
  });
}

/** What "show on page" answered under a field (its role=status line), empty until it answers. */
async function answerOf(popup: PopupPage, label: string): Promise<string> {
  return (await popup.field(label)).evaluate((node) => (node.closest('.field')?.querySelector('[role="status"]') as HTMLElement | null)?.innerText ?? '');
}

/** The field's "show on page" button, found by the accessible name a screen reader announces. */
async function showOnPage(popup: PopupPage, label: string): Promise<void> {
  await click(popup.page, byRole('button', `Show ${await popup.value(label)} on the page`));
}

const highlights = (page: Page) => page.$$eval(HIGHLIGHT, (hosts) => hosts.length);

describe('Firefox: where each value came from, and show on page', () => {
  test('each source kind says where the value came from and how sure it is', { timeout: 120_000 }, async ({ firefox, syncro, pages }) => {
    await connectCrms(firefox, { syncro });
    // [fixture, field, source:detail, confidence], read from each fixture's markup (as in Chromium): a tel: link, a
    // mailto: link, JSON-LD, and a number in text after its own label ("SAC:").
    const cases: [string, string, string, string][] = [
      ['profile.html', 'Phone', 'links:tel', 'high'],
      ['profile.html', 'Email', 'links:mailto', 'high'],
      ['jsonld-person-profile.html', 'Phone', 'jsonld', 'high'],
      ['fale-conosco.html', 'Phone 2', 'text:service', 'high'],
    ];
    for (const file of new Set(cases.map(([file]) => file))) {
      const { popup, page } = await popupFor(firefox, pages, file);
      for (const [, label, origin, confidence] of cases.filter(([other]) => other === file)) {
        await eventually(async () => {
          const badge = await badgeOf(popup, label);
          return badge && { origin: badge.origin, confidence: badge.confidence };
        }).toEqual({ origin, confidence });
      }
      if (file === 'profile.html') {
        expect((await badgeOf(popup, 'Phone'))?.tooltip).toBe('From a tel: link; high confidence.');
        // A value the rep types is no longer the page's: its badge goes.
        await popup.fill('Phone', '(11) 3333-0000');
        await eventually(() => badgeOf(popup, 'Phone')).toBeNull();
      }
      await popup.page.close();
      await page.close();
    }
  });

  test('show on page outlines a visible value, then removes the outline', { timeout: 90_000 }, async ({ firefox, syncro, pages }) => {
    await connectCrms(firefox, { syncro });
    const { popup, page } = await popupFor(firefox, pages, 'profile.html');
    await eventually(() => popup.value('Email')).toBe('mariana.costa@acmetec.example');
    await showOnPage(popup, 'Email');
    await eventually(() => answerOf(popup, 'Email')).toBe('Shown on the page.');
    // page-highlight.js ran in the tab (scripting.executeScript): its overlay is in the page, then gone after a few seconds.
    await eventually(() => highlights(page)).toBe(1);
    await eventually(() => highlights(page)).toBe(0);
  });

  test('a value only in the structured data says it cannot be shown', { timeout: 90_000 }, async ({ firefox, syncro, pages }) => {
    await connectCrms(firefox, { syncro });
    const { popup, page } = await popupFor(firefox, pages, 'jsonld-local-business.html');
    // (21) 2555-0124 is only in the page's JSON-LD; the page shows 2555-0123.
    await eventually(() => popup.value('Phone 2')).toMatch(/2555-0124/);
    await showOnPage(popup, 'Phone 2');
    await eventually(() => answerOf(popup, 'Phone 2')).toBe("Not visible on the page; it is only in the page's structured data.");
    expect(await highlights(page)).toBe(0);
  });
});
