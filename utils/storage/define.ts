import { storage } from '#imports';
import type { z } from 'zod';

export type StoredKey = `${'local' | 'session'}:${string}`;

/** One stored value, declared with its key, format version and schema. */
export interface StoredItem<T> {
  key: StoredKey;
  version: number;
  /** The stored value; the fallback when it is missing or fails the schema (repaired, never thrown). */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Runs the item's migrations now (WXT otherwise runs them when the background starts). */
  migrate(): Promise<void>;
}

interface StoredItemOptions<T> {
  version: number;
  schema: z.ZodType<T>;
  fallback: T;
  /** `version → step`, as WXT runs them: each takes the value stored in the version before. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

/**
 * The only caller of `storage.defineItem`: every item is versioned and every read is parsed.
 * Register the result in items.ts (a test holds the two lists equal).
 */
export function defineStoredItem<T>(key: StoredKey, { version, schema, fallback, migrations }: StoredItemOptions<T>): StoredItem<T> {
  const item = storage.defineItem<unknown>(key, { fallback, version, migrations });
  return {
    key,
    version,
    async getValue() {
      const parsed = schema.safeParse(await item.getValue());
      return parsed.success ? parsed.data : fallback;
    },
    setValue: (value) => item.setValue(value),
    removeValue: () => item.removeValue(),
    migrate: () => item.migrate(),
  };
}
