/** The popup's search box: any dataset entry (or custom term) by name or alias prefix, then its card. */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { ArticleDateInfo, LookupEntityResponse, SearchEntitiesResponse } from '../shared/messages';
import { renderCard } from './card-view';

// Typing "Blinken" fires seven inputs; a short pause sends one search instead.
const SEARCH_DEBOUNCE_MS = 120;

/** Wires the search box; `asOf` gives the date the card should describe. */
export function setUpSearch(asOf: () => Promise<ArticleDateInfo | undefined>): void {
  const input = document.getElementById('search') as HTMLInputElement;
  const results = document.getElementById('results')!;
  const none = document.getElementById('no-results')!;
  const card = document.getElementById('card')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request = 0;

  async function search(): Promise<void> {
    const current = ++request;
    const query = input.value;
    const response = query.trim()
      ? ((await browser.runtime.sendMessage({ type: 'searchEntities', query })) as SearchEntitiesResponse)
      : { results: [] };
    if (current !== request) return;
    results.replaceChildren();
    for (const hit of response.results) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'bs-result';
      button.dataset.bsEntity = hit.id;
      button.textContent = hit.alias ? `${hit.name} (${hit.alias})` : hit.name;
      const kind = document.createElement('span');
      kind.className = 'bs-count';
      kind.textContent = hit.isCustom ? t('popupCustom') : t(`kind_${hit.kind}`);
      button.append(' ', kind);
      button.addEventListener('click', () => void open(hit.id));
      item.append(button);
      results.append(item);
    }
    none.hidden = response.results.length > 0 || !query.trim();
  }

  async function open(id: string): Promise<void> {
    const date = await asOf();
    const message: { type: 'lookupEntity'; id: string; asOf?: string } = { type: 'lookupEntity', id };
    const day = date?.override ?? date?.detected;
    if (day) message.asOf = day;
    const response = (await browser.runtime.sendMessage(message)) as LookupEntityResponse;
    if (!response.ok) return;
    renderCard(card, response.card);
    card.focus();
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), SEARCH_DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    // Enter opens the best hit; ArrowDown moves into the list.
    const first = results.querySelector<HTMLButtonElement>('button');
    if (event.key === 'Enter' && first) first.click();
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    }
  });
  results.addEventListener('keydown', (event) => {
    const buttons = [...results.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') buttons[at + 1]?.focus();
    else if (event.key === 'ArrowUp') (at > 0 ? buttons[at - 1] : input)?.focus();
    else return;
    event.preventDefault();
  });
}
