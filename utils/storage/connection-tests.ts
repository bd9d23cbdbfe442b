import { z } from 'zod';
import { appErrorSchema } from '../crm/app-error';
import { crmIdSchema } from '../crm/errors';
import { connectionReportSchema } from '../crm/provider';
import { defineStoredItem } from './define';

/** A connection test as the options page shows it between visits. */
export const lastTestSchema = z.object({ at: z.number(), report: connectionReportSchema.nullable(), error: appErrorSchema.nullable() }).nullable();
export type LastTest = z.infer<typeof lastTestSchema>;

/** The last connection test per CRM. */
export const lastTestsItem = defineStoredItem('local:connectionTests', { version: 1, schema: z.partialRecord(crmIdSchema, lastTestSchema), fallback: {} });
