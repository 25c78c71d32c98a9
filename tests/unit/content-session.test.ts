// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityBrief, PageMention } from '../../src/shared/messages';
import { parseSettings } from '../../src/shared/settings';
import { PageSession, type SessionDeps } from '../../src/content/session';

const ENTITIES: Record<string, EntityBrief> = {
  Q1: { name: 'Ada Lovelace', type: 'person', kind: 'person' },
  Q2: { name: 'London', type: 'city', kind: 'place' },
};

/** A stand-in matcher: finds the entities' names in each block. */
const deps: SessionDeps = {
  async matchPage(blocks) {
    const mentions: PageMention[] = [];
    blocks.forEach((text, block) => {
      for (const [id, { name }] of Object.entries(ENTITIES)) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ block, start: at, end: at + name.length, id });
      }
    });
    mentions.sort((a, b) => a.block - b.block || a.start - b.start);
    return { mentions, entities: ENTITIES };
  },
  loadCard: async () => undefined,
};

const BODY = `<nav>Ada Lovelace fan club</nav><article><h1>Ada Lovelace in London</h1>
  <p>In London, <a href="#x">Ada <b>Lovelace</b></a> wrote notes. Ada Lovelace met Babbage in London.</p>
  <p data-backstory="off">Ada Lovelace stays plain here.</p></article><footer>London office</footer>`;

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('PageSession', () => {
  it('highlights the article only, once per entity by default, and restores the DOM exactly', async () => {
    document.body.innerHTML = BODY;
    const before = document.body.innerHTML;
    const firstParagraphText = document.querySelector('article p')!.firstChild;
    const session = await PageSession.start(document, parseSettings({}), deps);
    const marks = Array.from(document.querySelectorAll('bs-mark'));
    expect(marks.map((m) => [m.getAttribute('data-bs-entity'), m.textContent])).toEqual([['Q1', 'Ada Lovelace'], ['Q2', 'London']]);
    expect(marks.every((m) => m.closest('article') && !m.closest('[data-backstory="off"]'))).toBe(true);
    expect(marks[0]!.getAttribute('role')).toBe('button');
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    const describedBy = marks[0]!.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)!.textContent).toMatch(/^Person\./);
    expect(session.entities().find((e) => e.id === 'Q1')!.count).toBe(3);

    session.destroy();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('article p')!.firstChild).toBe(firstParagraphText);
    expect(document.querySelector('bs-description, bs-popover, style[data-bs-style]')).toBeNull();
  });

  it('honours the kinds the reader switched off and every-mention mode', async () => {
    document.body.innerHTML = BODY;
    const session = await PageSession.start(document, parseSettings({ kinds: { place: false }, firstMentionOnly: false }), deps);
    const ids = Array.from(document.querySelectorAll('bs-mark')).map((m) => m.getAttribute('data-bs-entity'));
    // Three mentions; the linked one spans <a>Ada <b>Lovelace</b></a>, so it takes two elements.
    expect(ids).toEqual(['Q1', 'Q1', 'Q1', 'Q1']);
    // Only the first mention of an entity is a tab stop.
    expect(document.querySelectorAll('bs-mark[tabindex="0"]')).toHaveLength(1);
    session.destroy();
  });

  it('leaves a page that is not an article alone unless the site is on', async () => {
    document.body.innerHTML = '<div><p>Ada Lovelace lived in London and wrote about the engine for many long years.</p></div>';
    const off = await PageSession.start(document, parseSettings({}), deps);
    expect(document.querySelectorAll('bs-mark')).toHaveLength(0);
    off.destroy();
    const on = await PageSession.start(document, parseSettings({ sites: { [location.hostname || 'localhost']: 'on' } }), deps);
    expect(document.querySelectorAll('bs-mark').length).toBeGreaterThan(0);
    on.destroy();
  });

  it('highlights article text that arrives later, once, and still restores the page exactly', async () => {
    document.body.innerHTML = '<article id="a"><p>Nothing to see yet, the story is loading.</p></article>';
    const before = document.body.innerHTML;
    const session = await PageSession.start(document, parseSettings({}), deps);
    expect(document.querySelectorAll('bs-mark')).toHaveLength(0);
    const late = document.createElement('p');
    late.textContent = 'Ada Lovelace wrote from London.';
    document.getElementById('a')!.append(late);
    await vi.waitFor(() => expect(document.querySelectorAll('bs-mark')).toHaveLength(2), { timeout: 3000, interval: 50 });
    // Our own wrapping must not be reported back as new content.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(document.querySelectorAll('bs-mark')).toHaveLength(2);
    expect(document.querySelectorAll('bs-mark[tabindex="0"]')).toHaveLength(2);
    session.destroy();
    late.remove();
    expect(document.body.innerHTML).toBe(before);
  });
});
