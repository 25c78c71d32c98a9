// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCard, cardText, type CardModel } from '../../src/shared/card';
import type { Entity } from '../../src/shared/dataset';
import { renderCard } from '../../src/popup/card-view';
import { Popover } from '../../src/content/ui/popover';

const HOSTILE = '<img src=x onerror=alert(1)>';

function model(overrides: Partial<CardModel> = {}): CardModel {
  return {
    id: 'Q1', name: `Ada ${HOSTILE}`, type: 'person', kind: 'person', typeLabel: 'Person',
    asOf: '2023-07-19', asOfOrigin: 'article', atTime: `Envoy ${HOSTILE}`, summary: `Summary ${HOSTILE}`,
    when: `At the time of this article ${HOSTILE}`,
    labels: { later: `Later ${HOSTILE}`, related: 'On this page', readMore: 'Read more', sources: 'Sources', close: 'Close' },
    facts: [{ label: `Born ${HOSTILE}`, value: `1943 ${HOSTILE}`, asOf: '1943-12-11', source: 'Wikidata', note: `Wikidata ${HOSTILE}` }],
    related: [{ id: 'Q2', name: `Other ${HOSTILE}` }],
    link: 'javascript:alert(1)',
    sources: [{ name: `Src ${HOSTILE}` }],
    ...overrides,
  };
}

afterEach(() => {
  document.documentElement.querySelectorAll('bs-popover').forEach((el) => el.remove());
});

describe('Popover rendering', () => {
  it('shows dataset strings as text: no element is ever parsed from them', () => {
    const popover = new Popover(document, { onClose: vi.fn(), onRelated: vi.fn() });
    popover.show(model(), { left: 10, top: 10, right: 60, bottom: 30 });
    const root = popover.host.shadowRoot!;
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(popover.card.textContent).toContain(`Summary ${HOSTILE}`);
    expect(popover.card.textContent).toContain(`Born ${HOSTILE}`);
    expect(popover.card.getAttribute('aria-label')).toBe(`Ada ${HOSTILE}`);
    // A javascript: link is dropped, not rendered.
    expect(root.querySelector('a')).toBeNull();
  });

  it('renders a labelled dialog in the same words as the CLI and the popup: one model, one wording', () => {
    const kerry: Entity = {
      id: 'Q22316', type: 'person', name: 'John Kerry', summary: 'American diplomat.', updated: '2026-11-29',
      facts: [{ label: 'Born', value: '1943-12-11', asOf: '1943-12-11', source: 'wikidata' }, { label: 'Party', value: 'Democratic', asOf: '2024-01', source: 'wikidata' }],
      roles: [{ title: 'US Special Presidential Envoy for Climate', start: '2021-01-20', end: '2024-03-06', source: 'wikidata' }],
      related: ['Q2'], link: 'https://en.wikipedia.org/wiki/John_Kerry', sources: [{ source: 'wikidata' }],
    };
    const other: Entity = { id: 'Q2', type: 'person', name: 'Joe Biden', summary: 'x', sources: [], updated: '2026-11-29' };
    const sources = new Map([['wikidata', { id: 'wikidata', name: 'Wikidata', url: 'https://www.wikidata.org/', licence: 'CC0' }]]);
    const card = buildCard(kerry, { asOf: '2023-07-19', asOfOrigin: 'article', lookup: (id) => (id === 'Q2' ? other : undefined), sources });
    const text = cardText(card).split('\n');

    const onRelated = vi.fn();
    const popover = new Popover(document, { onClose: vi.fn(), onRelated });
    popover.show(card, { left: 10, top: 10, right: 60, bottom: 30 });
    const dialog = popover.card;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-label')).toBe('John Kerry');
    expect(dialog.querySelector('.bs-attime')!.textContent).toBe('At the time of this article (19 July 2023): US Special Presidential Envoy for Climate (2021–2024)');
    expect(text).toContain(dialog.querySelector('.bs-attime')!.textContent);
    expect(text).toContain(dialog.querySelector('.bs-later')!.textContent);
    expect(dialog.querySelector('.bs-sources')!.textContent).toBe(text.at(-1));
    expect(Array.from(dialog.querySelectorAll('.bs-asof'), (el) => el.textContent)).toEqual(['Wikidata', 'as of January 2024 · Wikidata']);
    expect(dialog.querySelector('.bs-close')!.getAttribute('aria-label')).toBe('Close');
    expect(dialog.querySelector<HTMLAnchorElement>('a.bs-link')!.href).toBe('https://en.wikipedia.org/wiki/John_Kerry');

    const panel = document.createElement('section');
    renderCard(panel, card);
    const lines = Array.from(panel.querySelectorAll('p, dd'), (el) => el.textContent);
    expect(lines).toContain(dialog.querySelector('.bs-attime')!.textContent);
    expect(lines).toContain(text.at(-1));
    expect(lines).toContain('11 December 1943 (Wikidata)');

    dialog.querySelector<HTMLButtonElement>('.bs-related button')!.click();
    expect(onRelated).toHaveBeenCalledWith('Q2');
    popover.hide();
    expect(popover.isOpen).toBe(false);
  });
});
