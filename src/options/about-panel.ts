/** The shortcut line and the About/credits list, both read from the extension itself so they stay in step. */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { ListSourcesResponse } from '../shared/messages';

declare const __TARGET__: 'chrome' | 'firefox';

/** Shows the current shortcut (the reader may have changed it) and where to change it. */
export async function setUpShortcut(): Promise<void> {
  const commands = await browser.commands.getAll();
  const toggle = commands.find((c) => c.name === 'toggle-site');
  document.getElementById('shortcut')!.textContent = toggle?.shortcut || t('optionsShortcutNone');
  document.getElementById('shortcut-how')!.textContent = t(__TARGET__ === 'firefox' ? 'optionsShortcutHowFirefox' : 'optionsShortcutHowChrome');
}

/** Lists the dataset's sources and licences, from the compiled dataset via the background. */
export async function setUpAbout(): Promise<void> {
  const list = document.getElementById('sources')!;
  const { sources } = (await browser.runtime.sendMessage({ type: 'listSources' })) as ListSourcesResponse;
  list.replaceChildren();
  for (const source of sources) {
    const item = document.createElement('li');
    item.dataset.bsSource = source.id;
    let name: HTMLElement = document.createElement('strong');
    if (/^https?:\/\//.test(source.url)) {
      const link = document.createElement('a');
      link.href = source.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      name = link;
    }
    name.textContent = source.name;
    item.append(name, document.createTextNode(` — ${source.licence}${source.attribution ? ` (${source.attribution})` : ''}`));
    list.append(item);
  }
}
