/**
 * The card: one element in an open shadow root, built node by node from a card
 * model. Nothing from the dataset or the page ever passes through innerHTML.
 */
import type { CardModel } from '../../shared/card';
import { POPOVER_ATTR, POPOVER_HOST_TAG } from '../page-names';
import { placeCard, type Rect } from './layout';
import { POPOVER_CSS } from './popover-style';

const CARD_ID = 'bs-card';
const SUMMARY_ID = 'bs-summary';

export interface PopoverEvents {
  /** A related entity's name was clicked. */
  onRelated(id: string): void;
  onClose(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only web links leave the card: a `javascript:` or `data:` URL in the data shows as nothing. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function isDarkColor(color: string): boolean | undefined {
  const m = color.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
  if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) return undefined;
  const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Whether the page is dark: its own background first, the reader's preference otherwise. */
export function isPageDark(doc: Document): boolean {
  const win = doc.defaultView;
  for (const node of [doc.body, doc.documentElement]) {
    if (!node || !win) continue;
    const dark = isDarkColor(win.getComputedStyle(node).backgroundColor);
    if (dark !== undefined) return dark;
  }
  return win?.matchMedia('(prefers-color-scheme: dark)').matches ?? false;
}

export class Popover {
  readonly host: HTMLElement;
  readonly card: HTMLElement;
  private readonly root: ShadowRoot;

  constructor(private readonly doc: Document, private readonly events: PopoverEvents) {
    this.host = doc.createElement(POPOVER_HOST_TAG);
    this.host.setAttribute(POPOVER_ATTR, '');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = el(doc, 'style');
    style.textContent = POPOVER_CSS;
    this.card = el(doc, 'div', 'bs-card');
    this.card.id = CARD_ID;
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-describedby', SUMMARY_ID);
    this.card.hidden = true;
    this.card.tabIndex = -1;
    this.root.append(style, this.card);
    // On <html>, not <body>: a transformed or overflow-clipped body cannot trap a fixed card.
    doc.documentElement.append(this.host);
  }

  get isOpen(): boolean {
    return !this.card.hidden;
  }

  /** Fills the card from the model and places it next to the anchor. */
  show(model: CardModel, anchor: Rect): void {
    this.render(model);
    this.card.classList.toggle('bs-dark', isPageDark(this.doc));
    this.card.hidden = false;
    this.place(anchor);
  }

  place(anchor: Rect): void {
    const win = this.doc.defaultView!;
    this.card.style.maxHeight = '';
    const { width, height } = this.card.getBoundingClientRect();
    const direction = win.getComputedStyle(this.doc.documentElement).direction === 'rtl' ? 'rtl' : 'ltr';
    const layout = placeCard({ anchor, card: { width, height }, viewport: { width: win.innerWidth, height: win.innerHeight }, direction });
    this.card.style.left = `${layout.left}px`;
    this.card.style.top = `${layout.top}px`;
    if (layout.maxHeight !== undefined) this.card.style.maxHeight = `${layout.maxHeight}px`;
    this.card.dataset.placement = layout.placement;
  }

  /** Whether Tab (or Shift+Tab) from the focused element would leave the card. */
  isFocusEdge(backwards: boolean): boolean {
    const focusables = Array.from(this.card.querySelectorAll<HTMLElement>('button, a[href]'));
    const active = this.root.activeElement;
    if (active === this.card || !active) return backwards || focusables.length === 0;
    return active === (backwards ? focusables[0] : focusables[focusables.length - 1]);
  }

  hide(): void {
    this.card.hidden = true;
  }

  contains(node: Node | null): boolean {
    return node !== null && (node === this.host || this.host.contains(node));
  }

  destroy(): void {
    this.host.remove();
  }

  private render(model: CardModel): void {
    const doc = this.doc;
    this.card.replaceChildren();
    this.card.setAttribute('aria-label', model.name);
    this.card.dataset.kind = model.kind;
    this.card.dataset.entity = model.id;

    const head = el(doc, 'div', 'bs-head');
    const name = el(doc, 'h2', 'bs-name', model.name);
    const kind = el(doc, 'span', 'bs-kind', model.typeLabel);
    const close = el(doc, 'button', 'bs-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', model.labels.close);
    close.addEventListener('click', () => this.events.onClose());
    head.append(name, kind, close);
    this.card.append(head);

    if (model.atTime) {
      const line = el(doc, 'p', 'bs-attime');
      line.append(el(doc, 'strong', undefined, `${model.when}: `), doc.createTextNode(model.atTime));
      this.card.append(line);
    }
    if (model.later) this.card.append(el(doc, 'p', 'bs-later', `${model.labels.later}: ${model.later}`));
    const summary = el(doc, 'p', 'bs-summary', model.summary);
    summary.id = SUMMARY_ID;
    this.card.append(summary);

    if (model.facts.length > 0) {
      const list = el(doc, 'dl', 'bs-facts');
      for (const fact of model.facts) {
        const value = el(doc, 'dd', undefined, `${fact.value} `);
        value.append(el(doc, 'span', 'bs-asof', fact.note));
        list.append(el(doc, 'dt', undefined, fact.label), value);
      }
      this.card.append(list);
    }

    if (model.related.length > 0) {
      const related = el(doc, 'p', 'bs-related', `${model.labels.related}: `);
      for (const other of model.related) {
        const button = el(doc, 'button', undefined, other.name);
        button.type = 'button';
        button.addEventListener('click', () => this.events.onRelated(other.id));
        related.append(button);
      }
      this.card.append(related);
    }

    const foot = el(doc, 'div', 'bs-foot');
    const link = safeUrl(model.link);
    if (link) {
      const a = el(doc, 'a', 'bs-link', model.labels.readMore);
      a.href = link;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      foot.append(a);
    }
    foot.append(el(doc, 'span', 'bs-sources', `${model.labels.sources}: ${model.sources.map((s) => s.name).join('; ')}`));
    this.card.append(foot);
  }
}
