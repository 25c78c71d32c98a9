/** The options form for settings: every control saves on change and follows changes made elsewhere. */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { ENTITY_KINDS, normalizeHost, SETTINGS_KEY, type HighlightStyle, type Settings } from '../shared/settings';
import { readSettings, updateSettings } from '../shared/settings-storage';

const control = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-bs-setting="${name}"]`)!;

function hostsOf(settings: Settings, state: 'on' | 'off'): string {
  return Object.entries(settings.sites).filter(([, s]) => s === state).map(([host]) => host).sort().join('\n');
}

/** Hosts typed one per line (or separated by commas/spaces); unusable lines are reported, not kept. */
export function parseHostList(text: string): { hosts: string[]; rejected: string[] } {
  const hosts = new Set<string>();
  const rejected: string[] = [];
  for (const line of text.split(/[\n,\s]+/)) {
    if (!line.trim()) continue;
    const host = normalizeHost(line);
    if (host) hosts.add(host);
    else rejected.push(line.trim());
  }
  return { hosts: [...hosts], rejected };
}

function render(settings: Settings): void {
  for (const kind of ENTITY_KINDS) control<HTMLInputElement>(`kinds.${kind}`).checked = settings.kinds[kind];
  document.querySelectorAll<HTMLInputElement>('[data-bs-setting="style"]').forEach((radio) => {
    radio.checked = radio.value === settings.style;
  });
  control<HTMLInputElement>('firstMentionOnly').checked = settings.firstMentionOnly;
  control<HTMLInputElement>('onlyListedSites').checked = settings.onlyListedSites;
  const delay = control<HTMLInputElement>('hoverDelayMs');
  if (document.activeElement !== delay) delay.value = String(settings.hoverDelayMs);
  for (const [name, state] of [['allow', 'on'], ['deny', 'off']] as const) {
    const area = control<HTMLTextAreaElement>(name);
    if (document.activeElement !== area) area.value = hostsOf(settings, state);
  }
}

/** Announces a save (or a problem) in the page's status line, for screen readers too. */
export function announce(text: string): void {
  document.getElementById('status')!.textContent = text;
}

async function save(change: (s: Settings) => Settings, message = t('optionsSaved')): Promise<void> {
  render(await updateSettings(change));
  announce(message);
}

function saveSites(): void {
  const allow = parseHostList(control<HTMLTextAreaElement>('allow').value);
  const deny = parseHostList(control<HTMLTextAreaElement>('deny').value);
  const sites: Settings['sites'] = {};
  for (const host of allow.hosts) sites[host] = 'on';
  // A host in both lists stays off: never run where the reader said no.
  for (const host of deny.hosts) sites[host] = 'off';
  const rejected = [...allow.rejected, ...deny.rejected];
  void save((s) => ({ ...s, sites }), rejected.length ? t('optionsSitesRejected', rejected.join(', ')) : t('optionsSaved'));
}

/** Fills the form from storage and wires every control. */
export async function setUpSettingsForm(): Promise<void> {
  render(await readSettings());
  for (const kind of ENTITY_KINDS) {
    const box = control<HTMLInputElement>(`kinds.${kind}`);
    box.addEventListener('change', () => {
      // Read now: a queued write runs after an await, when a render may have redrawn the box.
      const isOn = box.checked;
      void save((s) => ({ ...s, kinds: { ...s.kinds, [kind]: isOn } }));
    });
  }
  document.querySelectorAll<HTMLInputElement>('[data-bs-setting="style"]').forEach((radio) => {
    radio.addEventListener('change', () => {
      const style = radio.value as HighlightStyle;
      void save((s) => ({ ...s, style }));
    });
  });
  for (const name of ['firstMentionOnly', 'onlyListedSites'] as const) {
    const box = control<HTMLInputElement>(name);
    box.addEventListener('change', () => {
      const isOn = box.checked;
      void save((s) => ({ ...s, [name]: isOn }));
    });
  }
  const delay = control<HTMLInputElement>('hoverDelayMs');
  delay.addEventListener('change', () => {
    const value = Number(delay.value);
    if (!Number.isFinite(value) || delay.value === '') return;
    // parseSettings clamps to the allowed range; the field then shows what was kept.
    void save((s) => ({ ...s, hoverDelayMs: value })).then(() => readSettings()).then((s) => {
      delay.value = String(s.hoverDelayMs);
    });
  });
  control('allow').addEventListener('change', saveSites);
  control('deny').addEventListener('change', saveSites);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) void readSettings().then(render);
  });
}
