import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isDarkText, type ButtonView } from '@/utils/capture/whatsapp/button-view';
import { CRM_LABELS } from '@/utils/constants/crm';
import { headerTitleElement } from '@/utils/capture/whatsapp/selectors';
import type { Participant } from '@/utils/capture/whatsapp/types';
import { CSS } from './style';
import { t } from './t';

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

export type ButtonUi = ReturnType<typeof createButton>;

/**
 * The header button: plain DOM in a shadow root, so WhatsApp's CSS cannot reach it and ours
 * cannot leak out. The root is made here rather than with WXT's createShadowRootUi, which
 * brings its auto-mount observer and isolated-element helpers (8 KB of our 20 KB budget) for
 * features we do not use; removal still hangs off ctx. Open root in the e2e build so Playwright
 * can click it by role; closed in production so page scripts cannot read what it says.
 */
export function createButton(ctx: ContentScriptContext, actions: { save(): void; pick(participant: Participant): void }) {
  const save = el('button', { type: 'button', className: 'save' });
  const links = el('span');
  const pop = el('div', { className: 'pop', hidden: true });
  const bar = el('div', { className: 'bar' }, links, save, pop);
  save.addEventListener('click', () => actions.save());
  let noteTimer: ReturnType<typeof setTimeout> | undefined;

  const host = document.createElement('crm-capture-whatsapp');
  const shadow = host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
  shadow.append(el('style', { textContent: CSS }), bar);
  ctx.onInvalidated(() => host.remove());
  ctx.addEventListener(document, 'keydown', (event) => event.key === 'Escape' && close());
  ctx.addEventListener(document, 'click', (event) => !event.composedPath().includes(host) && close());

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
    host,
    /** Puts the button into this header (again), before WhatsApp's own controls, in the header's theme. */
    attach(header: Element): void {
      if (host.parentElement === header) return;
      header.insertBefore(host, header.lastElementChild);
      // Once per header: reading a computed style forces a style pass.
      bar.classList.toggle('dark', isDarkText(getComputedStyle(headerTitleElement(header) ?? header).color));
    },
    detach(): void {
      close();
      host.remove();
    },
    render(view: ButtonView): void {
      const saved = view.mode === 'saved';
      Object.assign(save, {
        className: saved ? 'icon' : '',
        textContent: saved ? '+' : t('save'),
        title: view.mode === 'blocked' ? t(view.message) : t('saveHint'),
        ariaLabel: t('save'),
        ariaDisabled: String(view.mode === 'blocked'),
        ariaHasPopup: String(view.mode === 'group'),
      });
      links.replaceChildren(
        ...(saved ? view.links : []).map((link) => {
          const name = CRM_LABELS[link.crm];
          // Saved without a phone, and WhatsApp knows it now: the popup offers to add it (issue 19).
          const add = link.addPhone;
          const open = el('button', {
            type: 'button',
            textContent: add ? t('addNumber') : `✓ ${t('inCrm', name)}`,
            title: link.name ?? '',
            ariaLabel: t(add ? 'addNumberTo' : 'openIn', name),
          });
          open.addEventListener('click', () => (add ? actions.save() : window.open(link.url, '_blank', 'noreferrer')));
          return open;
        }),
      );
    },
    busy(on: boolean): void {
      save.ariaBusy = String(on);
    },
    /** A short message under the button (role=status: read by screen readers too). */
    note(text: string): void {
      show(el('div', { className: 'note', textContent: text, role: 'status' }));
      noteTimer = setTimeout(close, NOTE_MS);
    },
    /** The participant picker of a group: visible senders, their number or why it is hidden. */
    menu(participants: Participant[]): void {
      const list = el('div', { role: 'menu', ariaLabel: t('pickTitle') });
      for (const participant of participants) {
        // A member known only by username is listed by it (never their name); no member is left out.
        const label = participant.name ?? (participant.username ? `@${participant.username}` : participant.phone);
        const detail = el('small', { textContent: label && label === participant.phone ? '' : (participant.phone ?? t('numberHidden')) });
        const item = el('button', { type: 'button', role: 'menuitem' }, label ?? '—', detail);
        item.addEventListener('click', () => {
          close();
          actions.pick(participant);
        });
        list.append(item);
      }
      show(el('b', { className: 'note', textContent: t('pickTitle') }), el('p', { textContent: t(participants.length ? 'pickHint' : 'noSenders') }), list);
      (list.firstElementChild as HTMLElement | null)?.focus();
    },
  };
}
