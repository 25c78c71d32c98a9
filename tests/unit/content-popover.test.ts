// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardModel } from '../../src/shared/card';
import { Popover } from '../../src/content/ui/popover';

const HOSTILE = '<img src=x onerror=alert(1)>';

function model(overrides: Partial<CardModel> = {}): CardModel {
  return {
    id: 'Q1', name: `Ada ${HOSTILE}`, type: 'person', kind: 'person', typeLabel: 'Person',
    asOf: '2023-07-19', asOfOrigin: 'article', atTime: `Envoy ${HOSTILE}`, summary: `Summary ${HOSTILE}`,
    facts: [{ label: `Born ${HOSTILE}`, value: `1943 ${HOSTILE}`, asOf: '1943-12-11', source: 'Wikidata' }],
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

  it('renders a labelled dialog with the article date, facts with as-of dates, related names and sources', () => {
    const onRelated = vi.fn();
    const popover = new Popover(document, { onClose: vi.fn(), onRelated });
    popover.show(model({ name: 'John Kerry', atTime: 'US climate envoy', link: 'https://en.wikipedia.org/wiki/John_Kerry' }), { left: 10, top: 10, right: 60, bottom: 30 });
    const card = popover.card;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('John Kerry');
    expect(card.querySelector('.bs-attime')!.textContent).toBe('At the time of this article (19 July 2023): US climate envoy');
    expect(card.querySelector('.bs-asof')!.textContent).toBe('as of 11 December 1943 · Wikidata');
    expect(card.querySelector<HTMLAnchorElement>('a.bs-link')!.href).toBe('https://en.wikipedia.org/wiki/John_Kerry');
    card.querySelector<HTMLButtonElement>('.bs-related button')!.click();
    expect(onRelated).toHaveBeenCalledWith('Q2');
    popover.hide();
    expect(popover.isOpen).toBe(false);
  });
});
