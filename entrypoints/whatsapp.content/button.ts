import { i18n } from '#i18n';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CRM_NAMES, isDarkText, type ButtonView } from '@/utils/capture/whatsapp/button-view';
import type { Participant } from '@/utils/capture/whatsapp/types';
import { CSS } from './style';

const NOTE_MS = 7000;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Places a popover under the bar with fixed coordinates: WhatsApp's header may clip overflow. */
function place(pop: HTMLElement, anchor: Element): void {
  const box = anchor.getBoundingClientRect();
  pop.style.top = `${box.bottom + 6}px`;
  pop.style.right = `${Math.max(8, innerWidth - box.right)}px`;
}

export type ButtonUi = Awaited<ReturnType<typeof createButton>>;

/**
 * The header button, plain DOM in a shadow root (WXT's createShadowRootUi): WhatsApp's CSS
 * cannot reach it and ours cannot leak out. Open root in the e2e build so Playwright can click
 * it by role; closed in production so page scripts cannot read what it says.
 */
export async function createButton(ctx: ContentScriptContext, actions: { save(): void; pick(participant: Participant): void }) {
  let anchor: Element | null = null;
  const save = el('button', { type: 'button', className: 'save' });
  const links = el('span');
  const pop = el('div', { className: 'pop', hidden: true });
  const bar = el('div', { className: 'bar' }, links, save, pop);
  save.addEventListener('click', () => actions.save());
  let noteTimer: ReturnType<typeof setTimeout> | undefined;

  const ui = await createShadowRootUi(ctx, {
    name: 'crm-capture-whatsapp',
    position: 'inline',
    mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
    css: CSS,
    anchor: () => anchor,
    // Before the header's own buttons (search, menu): WhatsApp keeps its controls last.
    append: (header, host) => header.insertBefore(host, header.lastElementChild),
    onMount: (container) => container.append(bar),
  });
  ctx.addEventListener(document, 'keydown', (event) => event.key === 'Escape' && close());
  ctx.addEventListener(document, 'click', (event) => !event.composedPath().includes(ui.shadowHost) && close());

  function close(): void {
    pop.hidden = true;
    pop.replaceChildren();
    clearTimeout(noteTimer);
  }

  function show(...children: Node[]): void {
    close();
    pop.append(...children);
    pop.hidden = false;
    place(pop, bar);
  }

  return {
    host: ui.shadowHost,
    /** Puts the button into this header (again), in the header's theme. */
    attach(header: Element): void {
      if (anchor !== header || !header.contains(ui.shadowHost)) {
        anchor = header;
        ui.mount();
      }
      const title = header.querySelector('[dir="auto"]') ?? header;
      bar.classList.toggle('dark', isDarkText(getComputedStyle(title).color));
    },
    detach(): void {
      anchor = null;
      ui.remove();
    },
    render(view: ButtonView): void {
      const saved = view.mode === 'saved';
      save.className = saved ? 'icon' : '';
      save.textContent = saved ? '+' : i18n.t('whatsapp.save');
      save.title = view.mode === 'blocked' ? i18n.t(`whatsapp.${view.message}`) : i18n.t('whatsapp.saveHint');
      save.setAttribute('aria-label', i18n.t('whatsapp.save'));
      save.setAttribute('aria-disabled', String(view.mode === 'blocked'));
      save.setAttribute('aria-busy', String(view.mode === 'save' && view.busy));
      save.setAttribute('aria-haspopup', String(view.mode === 'group'));
      links.replaceChildren(
        ...(saved ? view.links : []).map((link) => {
          const open = el('button', { type: 'button', textContent: `✓ ${i18n.t('whatsapp.inCrm', [CRM_NAMES[link.crm]])}`, title: link.name ?? '' });
          open.setAttribute('aria-label', i18n.t('whatsapp.openIn', [CRM_NAMES[link.crm]]));
          open.addEventListener('click', () => window.open(link.url, '_blank', 'noopener,noreferrer'));
          return open;
        }),
      );
    },
    /** A short message under the button (role=status: read by screen readers too). */
    note(text: string): void {
      const note = el('div', { className: 'note', textContent: text });
      note.setAttribute('role', 'status');
      show(note);
      noteTimer = setTimeout(close, NOTE_MS);
    },
    /** The participant picker of a group: visible senders, their number or why it is hidden. */
    menu(participants: Participant[]): void {
      const list = el('div');
      list.setAttribute('role', 'menu');
      list.setAttribute('aria-label', i18n.t('whatsapp.pickTitle'));
      for (const participant of participants) {
        const item = el('button', { type: 'button' }, participant.name ?? participant.phone ?? '—', el('small', { textContent: participant.name ? (participant.phone ?? i18n.t('whatsapp.numberHidden')) : '' }));
        item.setAttribute('role', 'menuitem');
        item.addEventListener('click', () => {
          close();
          actions.pick(participant);
        });
        list.append(item);
      }
      show(el('h2', { textContent: i18n.t('whatsapp.pickTitle') }), el('p', { textContent: i18n.t(participants.length ? 'whatsapp.pickHint' : 'whatsapp.noSenders') }), list);
      (list.firstElementChild as HTMLElement | null)?.focus();
    },
  };
}
