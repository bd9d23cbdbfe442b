import { inlineLabel } from '../names/inline-label.ts';

/** A phone or e-mail found in plain text, with offsets into that text. */
export interface TextMatch {
  kind: 'phone' | 'email';
  start: number;
  end: number;
  raw: string;
  /** The name written before it on the same line, if any. */
  label: string | null;
  whatsapp: boolean;
  /** A phone's label word ("Cel", "Tel", "Whats"…): how the page said it is a phone. */
  cue?: string;
}

const LOOK_BACK = 160;

/** The text before `start` on the same line (bounded, so long paragraphs stay cheap). */
export function linePrefix(text: string, start: number): string {
  const from = Math.max(0, start - LOOK_BACK);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(Math.max(from, lineStart), start);
}

export function labelBefore(text: string, start: number): string | null {
  return inlineLabel(linePrefix(text, start));
}
