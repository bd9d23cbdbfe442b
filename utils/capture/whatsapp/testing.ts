import { readFileSync, readdirSync } from 'node:fs';
import { afterEach } from 'vitest';
import path from 'node:path';
import { loadFixture, type LoadedPage } from '../testing/load-page';
import { installStoreDouble, type StoreDoubleState } from './store-double';
import { readStore } from './store-reader';
import { parseStoreSnapshot, type StoreChat, type StoreSnapshot } from './store-snapshot';

/** Test helper: the dated WhatsApp fixtures and a loader that serves them at web.whatsapp.com. */
export const FIXTURE_DIR = path.join(import.meta.dirname, 'fixtures');

export const FIXTURES = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.html'));

/** `saved-contact` → `saved-contact.2026-11-24.html` (exactly one dated file per name). */
export function fixtureFile(name: string): string {
  const matches = FIXTURES.filter((file) => file.replace(/\.\d{4}-\d{2}-\d{2}\.html$/, '') === name);
  if (matches.length !== 1) throw new Error(`expected one fixture named ${name}, found ${matches.length}`);
  return matches[0]!;
}

/** The dated store doubles (`<name>.<date>.store.json`), modelled WhatsApp in-memory state. */
export const STORE_FIXTURES = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.store.json'));

export function storeFixture(name: string): StoreDoubleState {
  const matches = STORE_FIXTURES.filter((file) => file.replace(/\.\d{4}-\d{2}-\d{2}\.store\.json$/, '') === name);
  if (matches.length !== 1) throw new Error(`expected one store fixture named ${name}, found ${matches.length}`);
  return JSON.parse(readFileSync(path.join(FIXTURE_DIR, matches[0]!), 'utf8')) as StoreDoubleState;
}

/** What the MAIN world would answer on a page with this dated store double, through the isolated world's check. */
export function storeSnapshotOf(name: string): StoreSnapshot | null {
  const win: Record<string, unknown> = {};
  installStoreDouble(storeFixture(name), win);
  return parseStoreSnapshot(JSON.parse(JSON.stringify(readStore(win))));
}

export function loadWhatsapp(name: string): LoadedPage {
  return loadFixture(path.join(FIXTURE_DIR, fixtureFile(name)), fixtureFile(name));
}

/** Fixture pages as live documents for one test file, closed after each test. */
export function whatsappPages(): (name: string) => Document {
  const open: LoadedPage[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((loaded) => loaded.close()));
  });
  return (name) => {
    const loaded = loadWhatsapp(name);
    open.push(loaded);
    return loaded.doc;
  };
}

/** A store reply with one active chat: every field empty but those given. */
export function storeWith(chat: Partial<StoreChat>, version: string | null = null): StoreSnapshot {
  return {
    available: true,
    version,
    chat: {
      id: '',
      name: null,
      verifiedName: null,
      pushname: null,
      isGroup: false,
      isBusiness: false,
      isNewsletter: false,
      phoneJid: null,
      phoneSource: null,
      username: null,
      maskedPhone: null,
      lidOrigin: null,
      isUsernameContact: false,
      participants: [],
      ...chat,
    },
  };
}
