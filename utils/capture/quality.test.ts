import { describe, expect, it } from 'vitest';
import { addCounts, precision, recall, scoreCapture } from './quality.ts';

const expected = {
  contacts: [{ name: 'Acme' }],
  phones: ['+551140028922', '+5511987654321'],
  emails: ['contato@acme.example'],
};

describe('scoreCapture', () => {
  it('counts true positives, false positives and false negatives per kind', () => {
    const actual = { contacts: [{ name: 'Acme' }], phones: ['+551140028922', '+551112345678'], emails: ['contato@acme.example'] };
    const score = scoreCapture(actual, expected);
    expect(score.phones).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(score.emails).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(score.total).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(score.firstContactNamed).toBe(true);
  });

  it('counts repeated values once', () => {
    const score = scoreCapture({ phones: ['+551140028922', '+551140028922'], emails: [] }, expected);
    expect(score.phones).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
  });

  it('scores an anchor-style capture without contacts (no first contact to compare)', () => {
    expect(scoreCapture({ phones: [], emails: [] }, expected).firstContactNamed).toBe(false);
  });
});

describe('precision and recall', () => {
  it('are ratios of the summed counts, 1 when there is nothing to find', () => {
    const sum = addCounts({ truePositives: 3, falsePositives: 1, falseNegatives: 0 }, { truePositives: 1, falsePositives: 0, falseNegatives: 4 });
    expect(precision(sum)).toBe(0.8);
    expect(recall(sum)).toBe(0.5);
    expect(precision({ truePositives: 0, falsePositives: 0, falseNegatives: 2 })).toBe(1);
    expect(recall({ truePositives: 0, falsePositives: 3, falseNegatives: 0 })).toBe(1);
  });
});
