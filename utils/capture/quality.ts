import type { CliCapture } from './project.ts';

/**
 * Scores a capture against a fixture's expected JSON: true positives, false positives and
 * false negatives over the unique phones and e-mails, and whether the first contact is the
 * expected one. The bench sums these over every fixture (micro-average) to compare us with
 * the anchor extractor.
 */
export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface QualityScore {
  phones: Counts;
  emails: Counts;
  /** Phones and e-mails together. */
  total: Counts;
  /** contacts[0] has the expected name (both captures have at least one contact). */
  firstContactNamed: boolean;
}

type Scored = Pick<CliCapture, 'phones' | 'emails'> & { contacts?: Array<{ name: string | null }> };

function count(actual: string[], expected: string[]): Counts {
  const wanted = new Set(expected);
  const found = new Set(actual);
  const truePositives = [...found].filter((value) => wanted.has(value)).length;
  return { truePositives, falsePositives: found.size - truePositives, falseNegatives: wanted.size - truePositives };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

/** 1 when nothing was found and nothing was wanted. */
export function precision({ truePositives, falsePositives }: Counts): number {
  const found = truePositives + falsePositives;
  return found === 0 ? 1 : truePositives / found;
}

export function recall({ truePositives, falseNegatives }: Counts): number {
  const wanted = truePositives + falseNegatives;
  return wanted === 0 ? 1 : truePositives / wanted;
}

export function scoreCapture(actual: Scored, expected: Scored): QualityScore {
  const phones = count(actual.phones, expected.phones);
  const emails = count(actual.emails, expected.emails);
  const firstActual = actual.contacts?.[0];
  const firstExpected = expected.contacts?.[0];
  return {
    phones,
    emails,
    total: addCounts(phones, emails),
    firstContactNamed: firstActual !== undefined && firstExpected !== undefined && firstActual.name === firstExpected.name,
  };
}
