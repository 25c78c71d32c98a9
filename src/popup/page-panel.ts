/** The popup's view of the page: entities found, grouped by kind, and the "as of" date. */
import type { EntityKind } from '../shared/dataset';
import { formatDate } from '../shared/card';
import { isIsoDay, today } from '../shared/dates';
import { t } from '../shared/i18n';
import type { ArticleDateInfo, PageInfo } from '../shared/messages';
import { ENTITY_KINDS } from '../shared/settings';
import { sendToTab } from './tab-link';

const KIND_HEADINGS: Record<EntityKind, string> = {
  person: 'kindPeople',
  place: 'kindPlaces',
  organization: 'kindOrganizations',
  term: 'kindTerms',
};

const $ = (id: string) => document.getElementById(id)!;

/** Lists the page's entities by kind; each is a button that scrolls the page to its first mention. */
export function renderEntities(info: PageInfo | undefined, tabId: number | undefined): void {
  const container = $('found');
  container.replaceChildren();
  const entities = info?.entities ?? [];
  for (const kind of ENTITY_KINDS) {
    const ofKind = entities.filter((e) => e.kind === kind).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    if (ofKind.length === 0) continue;
    const heading = document.createElement('h3');
    heading.textContent = t(KIND_HEADINGS[kind]);
    heading.id = `found-${kind}`;
    const list = document.createElement('ul');
    list.className = 'bs-found';
    list.setAttribute('aria-labelledby', heading.id);
    for (const entity of ofKind) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'bs-entity';
      button.dataset.bsEntity = entity.id;
      const name = document.createElement('span');
      name.textContent = entity.name;
      const count = document.createElement('span');
      count.className = 'bs-count';
      count.textContent = String(entity.count);
      button.setAttribute('aria-label', t('popupRevealLabel', [entity.name, String(entity.count)]));
      button.append(name, count);
      button.addEventListener('click', () => void sendToTab(tabId, { type: 'revealEntity', id: entity.id }));
      item.append(button);
      list.append(item);
    }
    container.append(heading, list);
  }
  $('nothing').hidden = entities.length > 0;
}

/** Shows the date cards are built for, and lets the reader set another for this tab. */
export async function setUpAsOf(tabId: number | undefined): Promise<void> {
  const info = await sendToTab<ArticleDateInfo>(tabId, { type: 'getArticleDate' });
  const section = $('asof');
  if (!info) return;
  const input = $('asof-input') as HTMLInputElement;
  const reset = $('asof-reset') as HTMLButtonElement;
  const render = (current: ArticleDateInfo) => {
    const date = current.override ?? current.detected;
    $('asof-date').textContent = date ? formatDate(date, t) : t('popupAsOfToday');
    $('asof-origin').textContent = current.override ? t('popupAsOfChosen') : current.detected ? t('popupAsOfArticle') : '';
    input.value = date ?? today();
    reset.hidden = !current.override;
    section.dataset.asof = date ?? '';
  };
  render(info);
  input.addEventListener('change', async () => {
    if (!isIsoDay(input.value)) return;
    await sendToTab(tabId, { type: 'setAsOf', date: input.value });
    render((await sendToTab<ArticleDateInfo>(tabId, { type: 'getArticleDate' })) ?? info);
  });
  reset.addEventListener('click', async () => {
    await sendToTab(tabId, { type: 'setAsOf', date: null });
    render((await sendToTab<ArticleDateInfo>(tabId, { type: 'getArticleDate' })) ?? info);
    input.focus();
  });
  section.hidden = false;
}
