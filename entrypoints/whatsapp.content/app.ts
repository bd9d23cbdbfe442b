import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { READ_CHAT } from '@/utils/capture/whatsapp/bridge';
import { buttonView, missingPhoneNote, type SavedLink } from '@/utils/capture/whatsapp/button-view';
import { resolveChat } from '@/utils/capture/whatsapp/resolve';
import { headerTitleOf } from '@/utils/capture/whatsapp/selectors';
import type { Participant, WhatsappChat } from '@/utils/capture/whatsapp/types';
import { ask } from '@/utils/messaging/client';
import { createButton } from './button';
import { exposeStats, stats, timed } from './stats';
import { askStore } from './store-bridge';
import { watchChatPane } from './watch';

const RETRY_MS = 1500;

export async function startWhatsapp(ctx: ContentScriptContext): Promise<void> {
  let firstTitle: string | null = null;
  let switched = false;
  let signature = '';
  let generation = 0;
  let chat: WhatsappChat | null = null;
  let saved: SavedLink[] | null = null;

  /** Store (MAIN world) + DOM layers, now. A send?phone= URL only counts for the chat it opened. */
  async function readChat(): Promise<WhatsappChat> {
    const store = await askStore();
    return timed(() => {
      stats.reads++;
      return resolveChat({ root: document, url: switched ? `${location.origin}/` : location.href, store });
    });
  }

  // The toolbar popup and the shortcut ask the background, which asks us (utils/background/whatsapp-tab.ts).
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) =>
    sender.id === browser.runtime.id && (message as { type?: unknown } | null)?.type === READ_CHAT ? readChat() : undefined;
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  exposeStats(ctx.signal);

  const draw = () => button.render(buttonView(chat, saved));

  async function refresh(retry = true): Promise<void> {
    const mine = ++generation;
    const read = await readChat();
    if (mine !== generation || ctx.isInvalid) return;
    [chat, saved] = [read, null];
    timed(draw);
    const person = read.kind === 'person' || read.kind === 'business' || read.kind === 'unknown';
    // Rows render after the header: a chat without a number yet gets one more look.
    if (person && !read.phone && retry) ctx.setTimeout(() => mine === generation && void refresh(false), RETRY_MS);
    if (!person || !read.phone) return;
    const reply = await ask('LOOKUP_WHATSAPP_CHAT', { phone: read.phone });
    if (mine !== generation || ctx.isInvalid) return;
    saved = reply.ok ? reply.data.saved : [];
    timed(draw);
  }

  async function offer(current: WhatsappChat, participant: Participant | null): Promise<void> {
    if (ctx.isInvalid) return button.note(i18n.t('whatsapp.reload'));
    button.note(i18n.t('whatsapp.opening'));
    const reply = await ask('OFFER_WHATSAPP_CHAT', { chat: current, participant: participant?.key ?? null });
    if (!reply.ok) return button.note(i18n.t(ctx.isInvalid ? 'whatsapp.reload' : 'whatsapp.failed'));
    const why = participant ? missingPhoneNote(participant.phone, participant.key.endsWith('@lid') ? 'lid' : 'not-found') : missingPhoneNote(current.phone, current.phoneWhy);
    if (why) button.note(i18n.t(`whatsapp.${why}`));
  }

  const button = await createButton(ctx, {
    async save() {
      const current = await readChat();
      chat = current;
      if (current.kind === 'channel') return button.note(i18n.t('whatsapp.cannotChannel'));
      if (current.kind === 'status') return button.note(i18n.t('whatsapp.cannotStatus'));
      if (current.kind === 'unknown' && !current.name && !current.phone) return button.note(i18n.t('whatsapp.noChat'));
      if (current.kind === 'group') return button.menu(current.participants);
      await offer(current, null);
    },
    pick: (participant) => chat && void offer(chat, participant),
  });

  watchChatPane(
    ctx,
    (node) => node === button.host,
    (main, header) => {
      if (!main || !header) return button.detach();
      button.attach(header);
      // Cheap identity of the open chat: its title and the chat id of its first row.
      const title = headerTitleOf(header) ?? '';
      const next = `${title}|${main.querySelector('[data-id]')?.getAttribute('data-id')?.split('_')[1] ?? ''}`;
      if (next === signature) return;
      signature = next;
      firstTitle ??= title;
      switched ||= title !== firstTitle;
      draw();
      void refresh();
    },
  );
  // Back from the popup (saved?): ask again so the button can say "In Syncro".
  const again = () => !document.hidden && chat && void refresh(false);
  ctx.addEventListener(window, 'focus', again);
  ctx.addEventListener(document, 'visibilitychange', again);
}
