import { memo, useId } from 'react';
import { i18n } from '#i18n';
import { problemText } from '@/components/problem-text';
import type { BulkRow } from '@/utils/bulk/plan';
import type { FieldErrors } from '@/utils/popup/validate';

/** Rows shown at once: 200 people stay as light as 25 (the rest is one click away). */
export const PAGE_SIZE = 25;

export type Field = 'name' | 'phone' | 'email' | 'company';
const FIELDS: { field: Field; label: () => string; type: 'text' | 'tel' | 'email' }[] = [
  { field: 'name', label: () => i18n.t('popup.name'), type: 'text' },
  { field: 'phone', label: () => i18n.t('popup.phone'), type: 'tel' },
  { field: 'email', label: () => i18n.t('popup.email'), type: 'email' },
  { field: 'company', label: () => i18n.t('popup.company'), type: 'text' },
];

const valueOf = (row: BulkRow, field: Field) => (field === 'phone' ? (row.phones[0] ?? '') : row[field]);
const problemOf = (errors: FieldErrors | undefined, field: Field) => errors?.[field === 'phone' ? 'phone.0' : field];

interface RowProps {
  row: BulkRow;
  number: number;
  ticked: boolean;
  sent: boolean;
  errors: FieldErrors | undefined;
  onTick: (id: string, on: boolean) => void;
  onEdit: (id: string, field: Field, value: string) => void;
}

/** One person: a tick and four inline fields. Captured text only ever reaches `value`. */
const BulkRowItem = memo(function BulkRowItem({ row, number, ticked, sent, errors, onTick, onEdit }: RowProps) {
  const errorId = useId();
  const problems = errors ? Object.values(errors) : [];
  return (
    <li className={`bulk-row${problems.length ? ' invalid' : ''}`} aria-describedby={problems.length ? errorId : undefined}>
      <input type="checkbox" checked={ticked} aria-label={i18n.t('bulk.include', [String(number)])} onChange={(event) => onTick(row.id, event.target.checked)} />
      {FIELDS.map(({ field, label, type }) => (
        <input
          key={field}
          type={type}
          value={valueOf(row, field)}
          placeholder={label()}
          aria-label={i18n.t('bulk.field', [label(), String(number)])}
          aria-invalid={problemOf(errors, field) ? true : undefined}
          readOnly={sent}
          onChange={(event) => onEdit(row.id, field, event.target.value)}
        />
      ))}
      {sent && <span className="muted bulk-sent">{i18n.t('bulk.sent')}</span>}
      {problems.length > 0 && (
        <p id={errorId} className="field-error">
          {problems.map(problemText).join(' ')}
        </p>
      )}
    </li>
  );
});

export function editRow(row: BulkRow, field: Field, value: string): BulkRow {
  if (field !== 'phone') return { ...row, [field]: value };
  return { ...row, phones: [value, ...row.phones.slice(1)] };
}

interface BulkListProps {
  rows: BulkRow[];
  page: number;
  selected: ReadonlySet<string>;
  sent: ReadonlySet<string>;
  errors: Record<string, FieldErrors>;
  onPage: (page: number) => void;
  onTick: (id: string, on: boolean) => void;
  onEdit: (id: string, field: Field, value: string) => void;
}

/** The people, a page at a time (the popup stays responsive with 200). */
export function BulkList({ rows, page, selected, sent, errors, onPage, onTick, onEdit }: BulkListProps) {
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const start = page * PAGE_SIZE;
  return (
    <>
      <ol className="bulk-list" start={start + 1}>
        {rows.slice(start, start + PAGE_SIZE).map((row, index) => (
          <BulkRowItem
            key={row.id}
            row={row}
            number={start + index + 1}
            ticked={selected.has(row.id)}
            sent={sent.has(row.id)}
            errors={errors[row.id]}
            onTick={onTick}
            onEdit={onEdit}
          />
        ))}
      </ol>
      {pages > 1 && (
        <nav className="bulk-pages" aria-label={i18n.t('bulk.pageOf', [String(page + 1), String(pages)])}>
          <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            {i18n.t('bulk.previous')}
          </button>
          <span className="muted">{i18n.t('bulk.pageOf', [String(page + 1), String(pages)])}</span>
          <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
            {i18n.t('bulk.next')}
          </button>
        </nav>
      )}
    </>
  );
}
