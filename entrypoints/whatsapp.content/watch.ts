import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findHeader, findMain } from '@/utils/capture/whatsapp/selectors';
import { count, timed } from './stats';

/**
 * The one observer: the chat pane's parent (childList: `#main` replaced on a chat switch),
 * `#main` itself (childList: header re-rendered) and the header's subtree (the title text).
 * Never `document.body`, never the message list, so scrolling a chat costs us nothing.
 * Callbacks only count and schedule; the work runs once per `debounceMs`. A 1 s heartbeat does
 * one `#main` lookup to notice a pane that appeared or a parent replaced out of our sight.
 */
export function watchChatPane(
  ctx: ContentScriptContext,
  isOurs: (node: Node) => boolean,
  onChange: (main: Element | null, header: Element | null) => void,
  debounceMs = 150,
): void {
  let main: Element | null = null;
  let header: Element | null = null;
  let parent: Element | null = null;
  let pending = false;

  const schedule = () => {
    if (pending) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      sync();
    }, debounceMs);
  };
  const ours = (record: MutationRecord) => record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOurs);
  const observer = new MutationObserver((records) =>
    timed(() => {
      count('callbacks');
      count('records', records.length);
      if (!records.every(ours)) schedule();
    }),
  );
  ctx.onInvalidated(() => observer.disconnect());

  function sync(): void {
    timed(() => {
      count('syncs');
      const nextMain = findMain(document);
      const nextHeader = nextMain ? findHeader(document) : null;
      const nextParent = nextMain?.parentElement ?? (parent?.isConnected ? parent : null);
      if (nextMain !== main || nextHeader !== header || nextParent !== parent) {
        observer.disconnect();
        if (nextParent) observer.observe(nextParent, { childList: true });
        if (nextMain) observer.observe(nextMain, { childList: true });
        if (nextHeader) observer.observe(nextHeader, { childList: true, subtree: true, characterData: true });
        [main, header, parent] = [nextMain, nextHeader, nextParent];
      }
      onChange(main, header);
    });
  }

  ctx.setInterval(() => {
    if (document.hidden) return;
    timed(() => {
      if (findMain(document) !== main || (header && !header.isConnected) || (parent && !parent.isConnected)) schedule();
    });
  }, 1000);
  sync();
}
