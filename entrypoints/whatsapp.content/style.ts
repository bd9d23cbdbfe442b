/**
 * Sits in WhatsApp's header like its own controls: the header's font (the host is not reset,
 * so inherited text properties flow in), 32 px pills, WhatsApp's teal accent, light and dark
 * palettes (picked from the title colour, see button-view.ts). Kept terse: it counts against
 * the script's 20 KB budget.
 * The host keeps one size whatever the button says: a page script can measure it, and its size
 * must not tell whether a number is in a CRM (issue 13, point 7). FOOTPRINT_PX fits the widest
 * state, "✓ In Syncro ✓ In Synax +", in both languages (tests/e2e/05-whatsapp.spec.ts checks it).
 */
export const FOOTPRINT_PX = 264;

export const CSS = `:host{display:inline-block;width:${FOOTPRINT_PX}px;height:32px;flex:none;overflow:hidden}
.bar{display:inline-flex;gap:4px;margin:0 6px;--fg:#008069;--tx:#111b21;--mu:#667781;--ln:#d1d7db;--hv:#0b141a0f;--bg:#fff}
.dark{--fg:#00a884;--tx:#e9edef;--mu:#8696a0;--ln:#3b4a54;--hv:#e9edef14;--bg:#233138}
button{font:inherit;font-size:14px;font-weight:500;color:var(--fg);background:0;border:1px solid var(--ln);border-radius:16px;height:32px;padding:0 12px;cursor:pointer;white-space:nowrap}
button:hover{background:var(--hv)}button:focus-visible{outline:2px solid var(--fg)}[aria-disabled=true]{color:var(--mu)}[aria-busy=true]{opacity:.6}
.icon{width:32px;padding:0}
.pop{position:fixed;z-index:999;max-width:320px;background:var(--bg);color:var(--tx);box-shadow:0 2px 5px #0006;border-radius:8px;padding:8px 0}
.note,p,small{display:block}.note,p{margin:6px 16px}small,p{color:var(--mu);font-size:13px}
.pop button{display:block;width:100%;height:auto;border:0;border-radius:0;padding:8px 16px;color:var(--tx);text-align:left}`;
