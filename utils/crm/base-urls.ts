// The vendors' production APIs (docs/api/*.md §1). Kept free of imports so pages can use
// them without bundling the adapters and their schemas.
export const SYNCRO_DEFAULT_BASE_URL = 'https://app.syncro.chat/api/v1';
export const SYNAX_DEFAULT_BASE_URL = 'https://api.synax.app.br/functions/v1/api-proxy';

/**
 * The only origins the key is ever sent to: host permissions, the pages' CSP `connect-src`
 * (wxt.config.ts) and the base-URL check (config.ts) all read them from here.
 */
export const SYNCRO_API_HOST = new URL(SYNCRO_DEFAULT_BASE_URL).hostname;
export const SYNAX_API_HOST = new URL(SYNAX_DEFAULT_BASE_URL).hostname;
