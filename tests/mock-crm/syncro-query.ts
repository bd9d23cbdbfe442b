// Query-string handling shared by the paginated Syncro lists (syncro.md §4, §8.5, §8.16).
import type { Query } from './common';
import { atLeast, isInteger, normalizeInput, type FieldRule, type Input } from './laravel-validation';

const DEFAULT_PER_PAGE = 50;
const MAX_PER_PAGE = 200;

/**
 * Reads the query the way PHP does: `tags[]=a&tags[]=b` becomes { tags: ['a','b'] }, a repeated
 * plain key keeps its last value; then Laravel's trim/empty-to-null middleware applies.
 */
export function phpQuery(query: Query): Input {
  const input: Input = {};
  for (const [name, raw] of Object.entries(query)) {
    const values = Array.isArray(raw) ? raw : [raw];
    const list = /^(.+)\[\d*\]$/.exec(name);
    if (list?.[1] !== undefined) {
      const seen = input[list[1]];
      input[list[1]] = [...(Array.isArray(seen) ? seen : []), ...values];
    } else {
      input[name] = values.at(-1);
    }
  }
  return normalizeInput(input) as Input;
}

/** §4: page and per_page are integers; the list endpoints reject anything else like Laravel would [A]. */
export const PAGINATION_RULES: readonly FieldRule[] = [
  { field: 'page', presence: 'nullable', checks: [isInteger, atLeast(1)] },
  { field: 'per_page', presence: 'nullable', checks: [isInteger, atLeast(1)] },
];

export interface PageMeta {
  total: number;
  per_page: number;
  current_page: number;
  last_page: number;
  has_more: boolean;
}

/** §4 [A]: per_page is clamped to 200; a page past the end is empty but keeps a correct meta. */
export function paginate<T>(items: readonly T[], query: Input): { data: T[]; meta: PageMeta } {
  const perPage = Math.min(MAX_PER_PAGE, query.per_page == null ? DEFAULT_PER_PAGE : Number(query.per_page));
  const currentPage = query.page == null ? 1 : Number(query.page);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  return {
    data: items.slice((currentPage - 1) * perPage, currentPage * perPage),
    meta: { total: items.length, per_page: perPage, current_page: currentPage, last_page: lastPage, has_more: currentPage < lastPage },
  };
}

/** A comma-separated string or an array, as a clean list of names. */
export function listParam(value: unknown): string[] {
  const parts = Array.isArray(value) ? value.flatMap((item) => String(item ?? '').split(',')) : typeof value === 'string' ? value.split(',') : [];
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The calendar date (YYYY-MM-DD, UTC) of a date or date-time string. */
export function calendarDate(value: string): string {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value).toISOString().slice(0, 10);
}
