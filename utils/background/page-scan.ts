import { z } from 'zod';
import { FINDING_SOURCES, type PageScan } from '../capture/types';
import { PAGE_LIMITS } from '../outbox/schema';

/**
 * What the injected collector hands back crosses from the page's tab into the extension: it is
 * checked and bounded here before anything uses it, so a hostile or broken page (a 5,000-character
 * title, a 100 KB name, a spread of 200k findings) can only give a smaller capture, never an
 * unsavable one or a crashed background.
 */
export const MAX_SCAN_FINDINGS = 2_000;
/** A name or company as long as a CRM takes it (contactDraftSchema: 255). */
const NAME_MAX = 255;
/** A phone as written or an e-mail: far above any real one. */
const RAW_MAX = 320;

const clipped = (max: number) => z.string().transform((text) => text.slice(0, max));
const nameSchema = clipped(NAME_MAX).nullable().catch(null);

const findingSchema = z.object({
  kind: z.enum(['phone', 'email']),
  raw: clipped(RAW_MAX),
  source: z.enum(FINDING_SOURCES),
  name: nameSchema,
  company: nameSchema.optional(),
  whatsapp: z.boolean().optional().catch(undefined),
  weight: z.number().min(0).max(1).catch(0),
  order: z.number().int().nonnegative().catch(0),
});

const pageScanSchema = z.object({
  url: clipped(PAGE_LIMITS.url),
  title: clipped(PAGE_LIMITS.title).catch(''),
  // One bad finding costs that finding, not the scan.
  findings: z
    .array(z.unknown())
    .transform((items) => items.slice(0, MAX_SCAN_FINDINGS).flatMap((item) => {
      const parsed = findingSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    })),
  profileName: nameSchema,
});

/** The scan as the extension may use it, or null when it is not a scan at all. */
export function readPageScan(raw: unknown): PageScan | null {
  const parsed = pageScanSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
