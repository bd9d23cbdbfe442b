import type { Jid, PhoneOfJid } from '../jid';
import type { StoreSnapshot } from '../store-snapshot';
import type { ChatKind, Identity, Participant } from '../types';

/** What one layer read. resolve.ts decides what is kept. */
export interface Evidence {
  chatKey?: Jid;
  /** A kind the layer saw directly (a group avatar, a business badge); the chat key's kind wins. */
  kind?: ChatKind;
  name?: string;
  phone?: PhoneOfJid;
  /** The layer's phone came from the local LID→phone cache (store only). */
  phoneFromLid?: boolean;
  participants?: Participant[];
  /** The store's pushname, username and masked number (store only). */
  identity?: Identity;
}

export interface LayerResult {
  outcome: 'found' | 'none' | 'unavailable' | 'unrecognised';
  evidence: Evidence;
  /** What was read, for the attempts log (a jid, a phone, a name). */
  value?: string;
  reason?: string;
}

export interface ResolveInput {
  /** The document (or any root holding `#main` and `#pane-side`). */
  root: ParentNode;
  /** location.href */
  url: string;
  /** The MAIN-world reader's answer; null when it did not answer (not loaded, timed out). */
  store: StoreSnapshot | null;
}

export const none = (reason: string): LayerResult => ({ outcome: 'none', evidence: {}, reason });
export const unavailable = (reason: string): LayerResult => ({ outcome: 'unavailable', evidence: {}, reason });
