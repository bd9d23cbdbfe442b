// The vendors' production APIs (docs/api/*.md §1). Kept free of imports so pages can use
// them without bundling the adapters and their schemas.
export const SYNCRO_DEFAULT_BASE_URL = 'https://app.syncro.chat/api/v1';
export const SYNAX_DEFAULT_BASE_URL = 'https://api.synax.app.br/functions/v1/api-proxy';
