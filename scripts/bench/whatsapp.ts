/**
 * WhatsApp Web's budget (issue 5): the content script ≤ 20 KB minified with the polyfill, and
 * ≤ 5 ms of our code per 1,000 DOM mutations while a chat scrolls and switches.
 *
 * Cost: headless Chromium with the e2e build (the only build that measures, see
 * entrypoints/whatsapp.content/stats.ts), a fixture served as https://web.whatsapp.com/. The page
 * plays a busy WhatsApp: a virtualised message list that adds, recycles and restyles rows, a
 * typing indicator in the header, and `#main` replaced by another chat every few hundred steps.
 * A counting observer on the whole document (the harness's, not ours) gives the number of
 * mutations; our time is everything our code ran on the page's thread: observer callbacks,
 * debounced syncs, drawing, the 1 s heartbeat and the injected chat reader.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchWithExtension, serviceWorkerOf } from '../../tests/e2e/extension';
import { fixtureHtml, WhatsappPage } from '../../tests/e2e/pages/whatsapp-page';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const SCRIPTS = ['content-scripts/whatsapp.js', 'whatsapp-read.js', 'whatsapp-store.js'];
const CHATS = ['unsaved-contact', 'group-chat', 'business-account', 'lid-chat', 'saved-contact'];

export interface WhatsappCost {
  mutations: number;
  ourMs: number;
  readerMs: number;
  callbacks: number;
  syncs: number;
  switches: number;
}

export function whatsappSizes(buildDir: string): { file: string; raw: number; gzip: number }[] {
  return SCRIPTS.map((file) => {
    const content = readFileSync(path.join(buildDir, file));
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

export async function whatsappCost(steps = 3000, switchEvery = 500): Promise<WhatsappCost> {
  if (!existsSync(path.join(EXTENSION_DIR, 'content-scripts/whatsapp.js'))) execSync('npm run build:e2e', { stdio: 'ignore' });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'crm-capture-bench-wa-'));
  const context = await launchWithExtension({ userDataDir });
  try {
    await serviceWorkerOf(context);
    const whatsapp = await WhatsappPage.open(context, 'saved-contact');
    await whatsapp.saveButton.waitFor();
    await whatsapp.page.waitForTimeout(500);
    const before = await whatsapp.stats();
    // (Arrow functions only: tsx would wrap named ones in a helper the page does not have.)
    const mutations = await whatsapp.page.evaluate(
      async ({ chats, steps, switchEvery }) => {
        let count = 0;
        const counter = new MutationObserver((records) => {
          count += records.length;
        });
        counter.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const mains = chats.map((html) => new DOMParser().parseFromString(html, 'text/html').getElementById('main')!);
        for (let step = 1; step <= steps; step += 1) {
          const list = document.querySelector('#main [role="application"]')!;
          // Scrolling: a row arrives, the oldest is recycled, another one is restyled.
          const row = (list.lastElementChild ?? list).cloneNode(true) as Element;
          row.querySelector('[data-id]')?.setAttribute('data-id', `false_5500000000000@c.us_BENCH${step}`);
          list.append(row);
          if (list.children.length > 40) list.firstElementChild!.remove();
          list.children[step % list.children.length]?.classList.toggle('focused');
          // Presence in the header: "online" / "typing…".
          if (step % 25 === 0) {
            const subtitle = document.querySelector('#main header [role="button"][tabindex] > div:last-child');
            if (subtitle) subtitle.textContent = step % 50 === 0 ? 'online' : 'typing…';
          }
          // A chat switch: WhatsApp replaces #main.
          if (step % switchEvery === 0) {
            document.getElementById('main')!.replaceWith(document.importNode(mains[(step / switchEvery) % mains.length]!, true));
            await new Promise((resolve) => setTimeout(resolve, 400));
          } else if (step % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        }
        await new Promise((resolve) => setTimeout(resolve, 2000));
        counter.disconnect();
        return count;
      },
      { chats: CHATS.map(fixtureHtml), steps, switchEvery },
    );
    const after = await whatsapp.stats();
    return {
      mutations,
      ourMs: after.ms - before.ms,
      readerMs: after.readerMs - before.readerMs,
      callbacks: after.callbacks - before.callbacks,
      syncs: after.syncs - before.syncs,
      switches: Math.floor(steps / switchEvery),
    };
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export async function printWhatsappBench(buildDir = path.resolve('.output', 'chrome-mv3')): Promise<void> {
  console.log('\nWhatsApp Web (issue 5 budget: content script ≤ 20 KB minified with the polyfill; ≤ 5 ms per 1,000 mutations)');
  for (const size of whatsappSizes(buildDir)) {
    const note = size.file.startsWith('content-scripts/') ? 'resident, with the polyfill' : 'injected on demand';
    console.log(`  ${size.file.padEnd(30)} ${`${size.raw} B`.padStart(9)} raw (${kb(size.raw)})  ${kb(size.gzip).padStart(8)} gzip   ${note}`);
  }
  const cost = await whatsappCost();
  const total = cost.ourMs + cost.readerMs;
  console.log(
    `  observer cost: ${cost.mutations} mutations (scroll + ${cost.switches} chat switches), our code ${total.toFixed(2)} ms` +
      ` (callbacks/sync/draw ${cost.ourMs.toFixed(2)} ms, chat reader ${cost.readerMs.toFixed(2)} ms)` +
      ` → ${((total / cost.mutations) * 1000).toFixed(3)} ms per 1,000 mutations; ${cost.callbacks} observer callbacks, ${cost.syncs} syncs`,
  );
}
