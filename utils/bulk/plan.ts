import type { Capture } from '../capture/types';
import type { CrmId } from '../constants/crm';
import type { RecordDraft } from '../crm/provider';
import { withBrazilianNinthDigit } from '../phone/brazil';
import { destinationCrms, personFields, type FormState } from '../popup/form';
import { buildRecordDraft, validateForm, type FieldErrors, type FormContext } from '../popup/validate';

/**
 * Saving several people from one page (issue 17): which ones, with which common fields, as
 * which deliveries. Pure: the popup's bulk view renders it, the background never sees a row.
 * Each person goes through the same checks and the same record builder as the one-person form,
 * so a bulk save sends exactly what the form would have sent for each of them.
 */

/** One person in the bulk list, as the rep edits it inline. */
export interface BulkRow {
  /** Stable within the list (the capture's contact index). */
  id: string;
  name: string;
  /** As shown and typed (readable, or E.164); the first is the one edited inline. */
  phones: string[];
  email: string;
  company: string;
}

/** Why a ticked person is not sent: their own problems, or they repeat someone ticked before them. */
export type Skipped = { rowId: string; kind: 'invalid'; errors: FieldErrors } | { rowId: string; kind: 'repeated'; sameAs: string; key: 'phone' | 'email' };

export interface PlannedDelivery {
  rowId: string;
  crm: CrmId;
  draft: RecordDraft;
}

export interface BulkPlan {
  deliveries: PlannedDelivery[];
  skipped: Skipped[];
  /** Distinct people that will be sent (each to every destination CRM). */
  people: number;
}

/** The bulk list from a capture: every contact, in the capture's order. */
export function rowsFromCapture(capture: Capture, country: string): BulkRow[] {
  return capture.contacts.map((contact, index) => ({ id: String(index), ...personFields(contact, country) }));
}

/** One person as the one-person form would hold them: their fields, the common choices, no notes. */
export function rowForm(row: BulkRow, common: FormState): FormState {
  const phones = row.phones.length ? row.phones : [''];
  return { ...common, name: row.name, phones, email: row.email, company: row.company, notes: '', saved: {} };
}

/** Who was ticked first with each phone (both Brazilian mobile forms as one) and e-mail. */
interface Seen {
  phones: Map<string, string>;
  emails: Map<string, string>;
}

/** The earlier ticked person with the same phone (E.164, any Brazilian mobile form) or e-mail, if any. */
function repeatOf(phones: string[], email: string | null, seen: Seen): Pick<Extract<Skipped, { kind: 'repeated' }>, 'sameAs' | 'key'> | null {
  for (const phone of phones) {
    const earlier = seen.phones.get(withBrazilianNinthDigit(phone));
    if (earlier) return { sameAs: earlier, key: 'phone' };
  }
  const byEmail = email ? seen.emails.get(email) : undefined;
  return byEmail ? { sameAs: byEmail, key: 'email' } : null;
}

/** The record for each CRM; the person is the same in all, so the phones are read once. */
function draftsFor(form: FormState, ctx: FormContext, crms: CrmId[]): RecordDraft[] {
  const [first, ...others] = crms;
  const draft = buildRecordDraft(form, ctx, first!);
  const withoutPhones = { ...form, phones: [''] };
  return [draft, ...others.map((crm) => ({ ...buildRecordDraft(withoutPhones, ctx, crm), contact: draft.contact }))];
}

/**
 * The deliveries for the ticked rows, in list order: one per person and destination CRM.
 * A person whose phone or e-mail an earlier ticked person already has is sent once (the first),
 * so one selection never creates the same record twice; a person the form would refuse is
 * skipped with the form's own errors, and the others still go.
 */
export function planBulk(rows: readonly BulkRow[], selected: ReadonlySet<string>, common: FormState, ctx: FormContext): BulkPlan {
  const crms = destinationCrms(common.destination);
  const seen: Seen = { phones: new Map(), emails: new Map() };
  const deliveries: PlannedDelivery[] = [];
  const skipped: Skipped[] = [];
  let people = 0;
  for (const row of rows) {
    if (!selected.has(row.id)) continue;
    const form = rowForm(row, common);
    const errors = validateForm(form, ctx);
    if (Object.keys(errors).length) {
      skipped.push({ rowId: row.id, kind: 'invalid', errors });
      continue;
    }
    const drafts = draftsFor(form, ctx, crms);
    const { phones, email } = drafts[0]!.contact;
    const repeat = repeatOf(phones, email, seen);
    if (repeat) {
      skipped.push({ rowId: row.id, kind: 'repeated', ...repeat });
      continue;
    }
    for (const phone of phones) seen.phones.set(withBrazilianNinthDigit(phone), row.id);
    if (email) seen.emails.set(email, row.id);
    people += 1;
    drafts.forEach((draft, index) => deliveries.push({ rowId: row.id, crm: crms[index]!, draft }));
  }
  return { deliveries, skipped, people };
}
