/**
 * Sits in WhatsApp's header like its own controls: its font stack, 40 px round hit areas, its
 * teal accent, light and dark palettes (picked from the title colour, see button-view.ts).
 */
export const CSS = `
.bar{display:inline-flex;align-items:center;gap:4px;margin:0 6px;font:500 14px/1 "Segoe UI","Helvetica Neue",Helvetica,"Lucida Grande",Arial,Ubuntu,Cantarell,"Fira Sans",sans-serif;
--fg:#008069;--text:#111b21;--muted:#667781;--line:#d1d7db;--hover:rgba(11,20,26,.06);--panel:#fff;--shadow:0 2px 5px rgba(11,20,26,.26)}
.bar.dark{--fg:#00a884;--text:#e9edef;--muted:#8696a0;--line:#3b4a54;--hover:rgba(233,237,239,.08);--panel:#233138;--shadow:0 2px 5px rgba(0,0,0,.5)}
button{font:inherit;color:var(--fg);background:none;border:1px solid var(--line);border-radius:20px;height:32px;padding:0 12px;cursor:pointer;white-space:nowrap;display:inline-flex;align-items:center;gap:6px}
button:hover{background:var(--hover)}button:focus-visible{outline:2px solid var(--fg);outline-offset:1px}
button[aria-disabled=true]{color:var(--muted);cursor:default}button[aria-busy=true]{opacity:.75}
.icon{width:32px;padding:0;justify-content:center;font-size:18px}
.pop{position:fixed;z-index:1000;max-width:320px;background:var(--panel);color:var(--text);box-shadow:var(--shadow);border-radius:8px;padding:8px 0;font-weight:400;line-height:1.35}
.note{padding:10px 14px}.pop h2{font-size:14px;margin:4px 16px}.pop p{margin:4px 16px 8px;color:var(--muted);font-size:13px}
.pop button{display:flex;flex-direction:column;align-items:flex-start;width:100%;height:auto;border:0;border-radius:0;padding:8px 16px;color:var(--text);text-align:left;gap:2px}
.pop small{color:var(--muted)}[hidden]{display:none!important}`;
