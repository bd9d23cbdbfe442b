import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buttonView, type SavedLink } from '@/utils/capture/whatsapp/button-view';
import { chatSignature } from '@/utils/capture/whatsapp/chat-signature';
import type { Participant, WhatsappChat } from '@/utils/capture/whatsapp/types';
import { mayLookUp } from '@/utils/capture/whatsapp/user-intent';
import { askBackground } from '@/utils/messaging/content-client';
import { createButton } from './button';
import { t } from './t';
import { exposeStats, timed } from './stats';
import { watchChatPane } from './watch';

const RETRY_MS = 1500;

/**
 * The button's life: mounted in each chat's header, told by the background (which reads the
 * chat, see utils/background/whatsapp-tab.ts) what the chat is and whether it is already saved,
 * and on click asks the background to open the popup.
 */
export function startWhatsapp(ctx: ContentScriptContext): void {
  let firstTitle: string | null = null;
  let switched = false;
  let signature = '';
  let generation = 0;
  let chat: WhatsappChat | null = null;
  let saved: SavedLink[] | null = [];
  /** The open chat was opened by the user (or is the page's first): its "saved" answer may be asked. */
  let approved = false;
  let lastTrustedInputAt: number | null = null;
  /** The popup was opened from here: the user's next trusted input means they are back. */
  let awaitingReturn = false;
  exposeStats(ctx.signal);
  const trustedInput = (event: Event) => {
    if (!event.isTrusted) return;
    lastTrustedInputAt = Date.now();
    if (awaitingReturn) again(event);
  };
  for (const type of ['pointerdown', 'keydown'] as const) ctx.addEventListener(window, type, trustedInput, { capture: true });

  const draw = () => timed(() => button.render(buttonView(chat, saved)));
  const note = (text: string) => button.note(text);

  /**
   * Asks the background what the chat is and where it is saved. `retry` gives one more look
   * later: rows render after the header (a chat with no number yet), and a save made in the
   * popup reaches the history a moment after the popup closes (nothing saved yet).
   */
  async function refresh(retry: 'phone' | 'saved' | null): Promise<void> {
    const mine = ++generation;
    saved = null;
    const reply = await askBackground('LOOKUP_WHATSAPP_CHAT', { fresh: !switched });
    if (mine !== generation || ctx.isInvalid) return;
    [chat, saved] = reply.ok ? [reply.data.chat, reply.data.saved] : [null, []];
    draw();
    const missing = retry === 'phone' ? !chat?.phone && !chat?.participants.length : chat?.phone && !saved.length;
    if (retry && chat && missing) ctx.setTimeout(() => mine === generation && void refresh(null), RETRY_MS);
  }

  async function offer(participant: Participant | null): Promise<void> {
    if (ctx.isInvalid) return note(t('reload'));
    button.busy(true);
    const reply = await askBackground('OFFER_WHATSAPP_CHAT', { fresh: !switched, participant });
    button.busy(false);
    if (!reply.ok) return note(ctx.isInvalid ? t('reload') : t('failed'));
    const { chat: read, opened, note: why } = reply.data;
    if (read) chat = read;
    awaitingReturn ||= opened;
    if (!opened && read?.kind === 'group') return button.menu(read.participants);
    if (why) note(t(why));
  }

  const button = createButton(ctx, { save: () => void offer(null), pick: (participant) => void offer(participant) });

  watchChatPane(
    ctx,
    (node) => node === button.host,
    (main, header) => {
      if (!main || !header) return button.detach();
      button.attach(header);
      const { title, signature: next } = chatSignature(main, header);
      if (next === signature) return;
      approved = mayLookUp(signature === '', lastTrustedInputAt, Date.now());
      signature = next;
      firstTitle ??= title;
      switched ||= title !== firstTitle;
      chat = null;
      saved = [];
      draw();
      // A chat the page switched to by itself gets no lookup (issue 13: WhatsApp is not an
      // oracle); a click on the button still reads it.
      if (approved) void refresh('phone');
      else generation++;
    },
  );
  // Back from the popup (saved?): ask again so the button can say "In Syncro". Only a return the
  // browser reports (trusted), to a chat the user opened.
  function again(event: Event): void {
    if (!event.isTrusted || !approved || document.hidden || !signature) return;
    awaitingReturn = false;
    void refresh('saved');
  }
  ctx.addEventListener(window, 'focus', again);
  ctx.addEventListener(document, 'visibilitychange', again);
}
