import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

/**
 * Test helper: a fixture page as a live happy-dom document (computed styles work), with
 * scripts, style sheets, frames and navigation all disabled, so nothing in a fixture runs.
 * Fixtures pretend to live on a Brazilian company site, at the URL the Chromium path
 * (tests/e2e/10-extract-cli.spec.ts) serves them from, so both paths read the same page.
 * Tests build their own Window rather than use vitest's happy-dom environment: they need the
 * URL and these settings per page.
 */
export interface LoadedPage {
  doc: Document;
  url: string;
  close(): Promise<void>;
}

function fixtureUrl(fileName: string): string {
  return `https://www.example.com.br/${fileName.replace(/\.html$/, '')}`;
}

export function loadHtml(html: string, url = 'http://127.0.0.1/page.html'): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return { doc: window.document as unknown as Document, url, close: () => window.happyDOM.close() };
}

export function loadFixture(path: string, fileName: string): LoadedPage {
  return loadHtml(readFileSync(path, 'utf8'), fixtureUrl(fileName));
}
