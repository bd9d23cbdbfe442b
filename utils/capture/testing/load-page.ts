import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

/**
 * Test helper: a fixture page as a live happy-dom document (computed styles work), with
 * scripts, style sheets, frames and navigation all disabled, so nothing in a fixture runs.
 * The URL is the one the extract CLI serves local files from, so both paths read the same page.
 */
export interface LoadedPage {
  doc: Document;
  url: string;
  close(): Promise<void>;
}

function fixtureUrl(fileName: string): string {
  return `http://127.0.0.1/${fileName}`;
}

export function loadHtml(html: string, url = 'http://127.0.0.1/page.html'): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: false,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return { doc: window.document as unknown as Document, url, close: () => window.happyDOM.close() };
}

export function loadFixture(path: string, fileName: string): LoadedPage {
  return loadHtml(readFileSync(path, 'utf8'), fixtureUrl(fileName));
}
