/**
 * Custom terms in the options: add, edit, delete, import and export. Terms are
 * saved to `storage.local`; the background and every open tab follow the change.
 * An import is all or nothing: a bad file shows why and changes nothing.
 */
import browser from 'webextension-polyfill';
import {
  CUSTOM_TERMS_KEY,
  exportCustomTerms,
  importCustomTerms,
  parseCustomTerms,
  validateCustomTerm,
  type CustomTerm,
} from '../shared/custom-terms';
import { t } from '../shared/i18n';
import { announce } from './settings-form';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function readTerms(): Promise<CustomTerm[]> {
  const stored = await browser.storage.local.get(CUSTOM_TERMS_KEY);
  return parseCustomTerms(stored[CUSTOM_TERMS_KEY]);
}

async function writeTerms(terms: CustomTerm[]): Promise<void> {
  await browser.storage.local.set({ [CUSTOM_TERMS_KEY]: terms });
}

function button(label: string, ariaLabel: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.setAttribute('aria-label', ariaLabel);
  b.addEventListener('click', onClick);
  return b;
}

export async function setUpCustomTerms(): Promise<void> {
  const form = $<HTMLFormElement>('term-form');
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T & { value: string };
  const error = $('term-error');
  const cancel = $<HTMLButtonElement>('term-cancel');

  function edit(term: CustomTerm | undefined): void {
    field('id').value = term?.id ?? '';
    field('name').value = term?.name ?? '';
    field('kind').value = term?.kind ?? 'term';
    field('aliases').value = term?.aliases.join(', ') ?? '';
    field('note').value = term?.note ?? '';
    field('link').value = term?.link ?? '';
    $('term-form-title').textContent = t(term ? 'optionsTermEdit' : 'optionsTermAdd');
    cancel.hidden = !term;
    error.textContent = '';
    if (term) field<HTMLInputElement>('name').focus();
  }

  function render(terms: CustomTerm[]): void {
    const list = $('terms');
    list.replaceChildren();
    for (const term of terms) {
      const item = document.createElement('li');
      item.dataset.bsTerm = term.id;
      const name = document.createElement('span');
      name.className = 'bs-term-name';
      name.textContent = term.name;
      const meta = document.createElement('span');
      meta.className = 'bs-term-meta';
      meta.textContent = [t(`kind_${term.kind}`), ...term.aliases].join(' · ');
      const editButton = button(t('termEdit'), t('termEditLabel', term.name), () => edit(term));
      const deleteButton = button(t('termDelete'), t('termDeleteLabel', term.name), async () => {
        await writeTerms((await readTerms()).filter((x) => x.id !== term.id));
        announce(t('termDeleted', term.name));
        form.querySelector<HTMLInputElement>('[name="name"]')!.focus();
      });
      item.append(name, meta, editButton, deleteButton);
      list.append(item);
    }
    $('terms-empty').hidden = terms.length > 0;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const raw = {
      id: field('id').value || undefined,
      name: field('name').value,
      kind: field('kind').value,
      aliases: field('aliases').value.split(',').map((a: string) => a.trim()).filter(Boolean),
      note: field('note').value,
      link: field('link').value.trim() || undefined,
    };
    const result = validateCustomTerm(raw);
    if (!result.ok) {
      error.textContent = t('termInvalid', result.error);
      return;
    }
    const terms = await readTerms();
    const clash = terms.find((x) => x.id !== result.value.id && x.name.toLowerCase() === result.value.name.toLowerCase());
    if (clash) {
      error.textContent = t('termDuplicate', result.value.name);
      return;
    }
    const at = terms.findIndex((x) => x.id === result.value.id);
    if (at >= 0) terms[at] = result.value;
    else terms.push(result.value);
    await writeTerms(terms);
    announce(t('termSaved', result.value.name));
    edit(undefined);
  });
  cancel.addEventListener('click', () => edit(undefined));

  $('export').addEventListener('click', async () => {
    const blob = new Blob([exportCustomTerms(await readTerms())], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'backstory-terms.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });

  const fileInput = $<HTMLInputElement>('import');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    const importError = $('import-error');
    importError.textContent = '';
    if (!file) return;
    const result = importCustomTerms(await file.text(), await readTerms());
    fileInput.value = '';
    if (!result.ok) {
      importError.textContent = t('importFailed', result.error);
      return;
    }
    await writeTerms(result.value);
    announce(t('importDone', String(result.value.length)));
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CUSTOM_TERMS_KEY in changes) render(parseCustomTerms(changes[CUSTOM_TERMS_KEY]?.newValue));
  });
  render(await readTerms());
}
