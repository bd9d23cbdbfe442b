// PostgREST-like listing for the Synax proxy (synax.md §6): limit/offset, order=<col>.<dir>,
// and column filters in both `col=value` and `col=eq.value` forms.
import type { Query } from './common';

/** [A] §6: neither is documented. */
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

export interface ListSpec<T> {
  filterable: ReadonlyArray<keyof T & string>;
  orderable: ReadonlyArray<keyof T & string>;
  /** [A] columns compared case-insensitively (e-mail). */
  caseInsensitive?: ReadonlyArray<keyof T & string>;
}

export type ListResult<T> = { rows: T[] } | { error: string };

export function listRows<T extends object>(rows: readonly T[], query: Query, spec: ListSpec<T>): ListResult<T> {
  const limit = nonNegativeInteger(query.limit, 'limit', DEFAULT_LIMIT);
  const offset = nonNegativeInteger(query.offset, 'offset', 0);
  const order = parseOrder(query.order, spec.orderable);
  if (typeof limit === 'string') return { error: limit };
  if (typeof offset === 'string') return { error: offset };
  if (typeof order === 'string') return { error: order };
  const filtered = rows.filter((row) => spec.filterable.every((column) => matchesFilter(row[column], query[column], spec.caseInsensitive?.includes(column) === true)));
  const sorted = order.length === 0 ? filtered : [...filtered].sort((a, b) => compareBy(a, b, order));
  return { rows: sorted.slice(offset, offset + Math.min(limit, MAX_LIMIT)) };
}

/** A number, or the error text. A repeated parameter counts by its last value. */
function nonNegativeInteger(raw: string | string[] | undefined, name: string, fallback: number): number | string {
  const value = Array.isArray(raw) ? raw.at(-1) : raw;
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) ? Number(value) : `${name} must be a non-negative integer`;
}

type OrderTerm<T> = { column: keyof T & string; descending: boolean };

/** `created_at.desc`, `position` (asc by default) or a comma list of both. */
function parseOrder<T>(raw: string | string[] | undefined, orderable: ReadonlyArray<keyof T & string>): OrderTerm<T>[] | string {
  const value = Array.isArray(raw) ? raw.at(-1) : raw;
  if (value === undefined || value === '') return [];
  const terms: OrderTerm<T>[] = [];
  for (const term of value.split(',')) {
    const [column, direction = 'asc'] = term.split('.');
    const known = orderable.find((candidate) => candidate === column);
    if (known === undefined || !['asc', 'desc'].includes(direction)) return `invalid order: ${term}`;
    terms.push({ column: known, descending: direction === 'desc' });
  }
  return terms;
}

/** Every given value must match (PostgREST ANDs repeated filters); `eq.` is the only operator. */
function matchesFilter(cell: unknown, raw: string | string[] | undefined, caseInsensitive: boolean): boolean {
  if (raw === undefined) return true;
  const fold = (text: string): string => (caseInsensitive ? text.toLowerCase() : text);
  return (Array.isArray(raw) ? raw : [raw]).every((value) => {
    const wanted = value.startsWith('eq.') ? value.slice(3) : value;
    return cell !== null && cell !== undefined && fold(String(cell)) === fold(wanted);
  });
}

function compareBy<T>(a: T, b: T, order: OrderTerm<T>[]): number {
  for (const { column, descending } of order) {
    const difference = compareValues(a[column], b[column]);
    if (difference !== 0) return descending ? -difference : difference;
  }
  return 0;
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}
