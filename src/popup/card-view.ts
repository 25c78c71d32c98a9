/** A card as the popup shows it after a search: the same model and words as the in-page card, plain DOM. */
import type { CardModel } from '../shared/card';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function isWebUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Fills `container` with the card; nothing passes through innerHTML. */
export function renderCard(container: HTMLElement, card: CardModel): void {
  container.replaceChildren();
  container.dataset.entity = card.id;
  container.setAttribute('aria-label', card.name);
  const head = el('h3', 'bs-card-name', card.name);
  container.append(head, el('p', 'bs-muted', card.typeLabel));
  if (card.atTime) {
    const line = el('p');
    line.append(el('strong', undefined, `${card.when}: `), document.createTextNode(card.atTime));
    container.append(line);
  }
  if (card.later) container.append(el('p', 'bs-muted', `${card.labels.later}: ${card.later}`));
  if (card.summary) container.append(el('p', undefined, card.summary));
  if (card.facts.length > 0) {
    const list = el('dl', 'bs-facts');
    for (const fact of card.facts) list.append(el('dt', undefined, fact.label), el('dd', undefined, `${fact.value} (${fact.note})`));
    container.append(list);
  }
  if (card.link && isWebUrl(card.link)) {
    const a = el('a', undefined, card.labels.readMore);
    a.href = card.link;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    const line = el('p');
    line.append(a);
    container.append(line);
  }
  const sources = card.sources.map((s) => s.name).join('; ');
  if (sources) container.append(el('p', 'bs-muted', `${card.labels.sources}: ${sources}`));
  container.hidden = false;
}
