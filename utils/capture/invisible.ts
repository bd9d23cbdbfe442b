/**
 * Bidi overrides, embeddings, isolates and marks, and zero-width characters: invisible, and in a
 * CRM's list view an U+202E turns "Ana" into a spoofed name. Every captured name, the page's and
 * WhatsApp's, is cleaned with this one rule.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
