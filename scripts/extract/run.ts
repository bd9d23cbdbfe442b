import type { Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCapture } from '../../utils/capture/normalize';
import { toCliJson } from '../../utils/capture/project';
import type { PageScan } from '../../utils/capture/types';

/** The very script the extension injects (production build). */
export const CAPTURE_BUNDLE = path.resolve('.output/chrome-mv3/page-capture.js');

export async function loadCaptureBundle(): Promise<string> {
  if (!existsSync(CAPTURE_BUNDLE)) execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return readFileSync(CAPTURE_BUNDLE, 'utf8');
}

export interface ExtractRequest {
  /** A local HTML file or an http(s) URL. */
  target: string;
  /** Where a local file pretends to be served from. */
  url?: string;
  country: string;
}

const isWebUrl = (value: string) => /^https?:\/\//i.test(value);

/** Loads the page in Chromium, runs the injected collector on it, then the popup's normalisation. */
export async function extractPage(browser: Browser, bundle: string, request: ExtractRequest): Promise<ReturnType<typeof toCliJson>> {
  const page = await browser.newPage();
  try {
    if (isWebUrl(request.target) && !request.url) {
      await page.goto(request.target, { waitUntil: 'load' });
    } else {
      const html = readFileSync(request.target);
      const url = request.url ?? `http://127.0.0.1/${path.basename(request.target)}`;
      await page.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
      await page.goto(url, { waitUntil: 'load' });
    }
    const scan = (await page.evaluate(bundle)) as PageScan;
    return toCliJson(buildCapture(scan, request.country as Parameters<typeof buildCapture>[1]));
  } finally {
    await page.close();
  }
}
