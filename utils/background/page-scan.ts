import { z } from 'zod';
import { FINDING_SOURCES, type PageScan } from '../capture/types';
import { CAPTURE_LIMITS } from '../constants/capture';

/**
 * What the injected collector hands back crosses from the page's tab into the extension: it is
 * checked and bounded here before anything uses it, so a hostile or broken page (a 5,000-character
 * title, a 100 KB name, a spread of 200k findings) can only give a smaller capture, never an
 * unsavable one or a crashed background.
 */

const clipped = (max: number) => z.string().transform((text) => text.slice(0, max));
const nameSchema = clipped(CAPTURE_LIMITS.name).nullable().catch(null);

const findingSchema = z.object({
  kind: z.enum(['phone', 'email', 'name']),
  raw: clipped(CAPTURE_LIMITS.raw),
  source: z.enum(FINDING_SOURCES),
  name: nameSchema,
  company: nameSchema.optional(),
  whatsapp: z.boolean().optional().catch(undefined),
  weight: z.number().min(0).max(1).catch(0),
  order: z.number().int().nonnegative().catch(0),
  cue: z.string().max(16).optional().catch(undefined),
});

const pageScanSchema = z.object({
  url: clipped(CAPTURE_LIMITS.url),
  title: clipped(CAPTURE_LIMITS.title).catch(''),
  // One bad finding costs that finding, not the scan.
  findings: z.array(z.unknown()).transform((items) =>
    items.slice(0, CAPTURE_LIMITS.scannedFindings).flatMap((item) => {
      const parsed = findingSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  ),
  profileName: nameSchema,
  siteName: nameSchema,
  listing: z.boolean().catch(false),
});

/** The scan as the extension may use it, or null when it is not a scan at all. */
export function readPageScan(raw: unknown): PageScan | null {
  const parsed = pageScanSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
