// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_MATCH_CHARS, type EntityBrief, type PageMention } from '../../src/shared/messages';
import { parseSettings, withSite, type Settings } from '../../src/shared/settings';
import { PageSession, type SessionDeps } from '../../src/content/session';

const ENTITIES: Record<string, EntityBrief> = {
  Q1: { name: 'Ada Lovelace', type: 'person', kind: 'person' },
  Q2: { name: 'London', type: 'city', kind: 'place' },
};

const DESCRIPTIONS = { person: 'Person. Press Enter.', place: 'Place. Press Enter.', organization: 'Organization. Press Enter.', term: 'Term. Press Enter.' };

/** A stand-in matcher: finds the entities' names in each block; records what each call was told. */
function fakeDeps(overrides: Partial<SessionDeps> = {}): SessionDeps & { calls: { blocks: string[]; known: string[] }[] } {
  const calls: { blocks: string[]; known: string[] }[] = [];
  return {
    calls,
    async matchPage(blocks, known) {
      calls.push({ blocks, known });
      const mentions: PageMention[] = [];
      blocks.forEach((text, block) => {
        for (const [id, { name }] of Object.entries(ENTITIES)) {
          for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ block, start: at, end: at + name.length, id });
        }
      });
      mentions.sort((a, b) => a.block - b.block || a.start - b.start);
      return { mentions, entities: ENTITIES, descriptions: DESCRIPTIONS };
    },
    // The stand-in's quick look: any entity's name anywhere in the text.
    mayMatch: async (text) => Object.values(ENTITIES).some(({ name }) => text.includes(name)),
    loadUi: () => import('../../src/content/ui/index'),
    loadCard: async () => undefined,
    ...overrides,
  };
}

async function startSession(settings: Settings, deps: SessionDeps = fakeDeps(), host = 'news.example'): Promise<PageSession> {
  const session = new PageSession(document, settings, host, deps);
  await session.start();
  return session;
}

const BODY = `<nav>Ada Lovelace fan club</nav><article><h1>Ada Lovelace in London</h1>
  <p>In London, <a href="#x">Ada <b>Lovelace</b></a> wrote notes. Ada Lovelace met Babbage in London.</p>
  <p data-backstory="off">Ada Lovelace stays plain here.</p></article><footer>London office</footer>`;

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.querySelectorAll('bs-description, bs-popover').forEach((el) => el.remove());
});

describe('PageSession', () => {
  it('highlights the article only, once per entity by default, and restores the DOM exactly', async () => {
    document.body.innerHTML = BODY;
    const before = document.body.innerHTML;
    const firstParagraphText = document.querySelector('article p')!.firstChild;
    const session = await startSession(parseSettings({}));
    const marks = Array.from(document.querySelectorAll('bs-mark'));
    expect(marks.map((m) => [m.getAttribute('data-bs-entity'), m.textContent])).toEqual([['Q1', 'Ada Lovelace'], ['Q2', 'London']]);
    expect(marks.every((m) => m.closest('article') && !m.closest('[data-backstory="off"]'))).toBe(true);
    expect(marks[0]!.getAttribute('role')).toBe('button');
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    const describedBy = marks[0]!.getAttribute('aria-describedby')!;
    // The focus text is the background's (worded from the locale file there).
    expect(document.getElementById(describedBy)!.textContent).toBe('Person. Press Enter.');
    expect(session.entities().find((e) => e.id === 'Q1')!.count).toBe(3);

    session.destroy();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('article p')!.firstChild).toBe(firstParagraphText);
    expect(document.querySelector('bs-description, bs-popover, style[data-bs-style]')).toBeNull();
  });

  it('honours the kinds the reader switched off and every-mention mode', async () => {
    document.body.innerHTML = BODY;
    const session = await startSession(parseSettings({ kinds: { place: false }, firstMentionOnly: false }));
    const ids = Array.from(document.querySelectorAll('bs-mark')).map((m) => m.getAttribute('data-bs-entity'));
    // Three mentions; the linked one spans <a>Ada <b>Lovelace</b></a>, so it takes two elements.
    expect(ids).toEqual(['Q1', 'Q1', 'Q1', 'Q1']);
    // Only the first mention of an entity is a tab stop.
    expect(document.querySelectorAll('bs-mark[tabindex="0"]')).toHaveLength(1);
    session.destroy();
  });

  it('leaves a page that is not an article alone unless the site is on', async () => {
    document.body.innerHTML = '<div><p>Ada Lovelace lived in London and wrote about the engine for many long years.</p></div>';
    const off = await startSession(parseSettings({}));
    expect(document.querySelectorAll('bs-mark')).toHaveLength(0);
    off.destroy();
    const on = await startSession(withSite(parseSettings({}), 'news.example', true));
    expect(document.querySelectorAll('bs-mark').length).toBeGreaterThan(0);
    on.destroy();
  });

  it('honours the site switch on a www. host, where the lists keep the host without www.', async () => {
    document.body.innerHTML = '<div><p>Ada Lovelace lived in London and wrote about the engine for many long years.</p></div>';
    // The popup stores "example.com" for www.example.com (withSite normalizes the host).
    const settings = withSite(parseSettings({}), 'www.example.com', true);
    expect(Object.keys(settings.sites)).toEqual(['example.com']);
    const session = await startSession(settings, fakeDeps(), 'www.example.com');
    expect(document.querySelectorAll('bs-mark').length).toBeGreaterThan(0);
    session.destroy();
  });

  it('skips the scan of an article the background says cannot match, and still watches for later text', async () => {
    document.body.innerHTML = '<article id="a"><p>Nothing here anyone knows, the story says.</p></article>';
    const before = document.body.innerHTML;
    const asked: string[] = [];
    const deps = fakeDeps();
    const session = await startSession(parseSettings({}), { ...deps, mayMatch: async (text) => (asked.push(text), deps.mayMatch(text)) });
    expect(asked).toEqual(['Nothing here anyone knows, the story says.']);
    expect(deps.calls).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    const late = document.createElement('p');
    late.textContent = 'Later, Ada Lovelace wrote from London.';
    document.getElementById('a')!.append(late);
    await vi.waitFor(() => expect(document.querySelectorAll('bs-mark')).toHaveLength(2), { timeout: 3000, interval: 50 });
    session.destroy();
    late.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('scans and matches when the quick look says yes, or has no answer', async () => {
    document.body.innerHTML = '<article><p>Ada Lovelace wrote the first notes.</p></article>';
    const deps = fakeDeps({ mayMatch: async () => undefined });
    const session = await startSession(parseSettings({}), deps);
    expect(deps.calls).toHaveLength(1);
    expect(document.querySelectorAll('bs-mark')).toHaveLength(1);
    session.destroy();
  });

  it('does not ask again when the page’s first look already said its text may match, once', async () => {
    document.body.innerHTML = '<article><p>Ada Lovelace wrote the first notes.</p></article>';
    const asked: string[] = [];
    let isKnown = true;
    const deps = fakeDeps();
    const withLook = {
      ...deps,
      mayMatch: async (text: string) => (asked.push(text), deps.mayMatch(text)),
      isKnownToMatch: () => [isKnown, (isKnown = false)][0]!,
    };
    const first = await startSession(parseSettings({}), withLook);
    expect(asked, 'the first session takes the look’s word').toEqual([]);
    expect(document.querySelectorAll('bs-mark')).toHaveLength(1);
    first.destroy();
    const second = await startSession(parseSettings({}), withLook);
    expect(asked, 'a later session asks for itself').toEqual(['Ada Lovelace wrote the first notes.']);
    second.destroy();
  });

  it('highlights article text that arrives later, once, with the entities named before as context', async () => {
    document.body.innerHTML = '<article id="a"><p>Ada Lovelace wrote the first notes, the story says.</p></article>';
    const before = document.body.innerHTML;
    const deps = fakeDeps();
    const session = await startSession(parseSettings({}), deps);
    expect(document.querySelectorAll('bs-mark')).toHaveLength(1);
    const late = document.createElement('p');
    late.textContent = 'Later, Ada Lovelace wrote from London.';
    document.getElementById('a')!.append(late);
    await vi.waitFor(() => expect(document.querySelectorAll('bs-mark')).toHaveLength(2), { timeout: 3000, interval: 50 });
    // The later batch was matched knowing what the page had already named.
    expect(deps.calls).toHaveLength(2);
    expect(deps.calls[1]!.known).toEqual(['Q1']);
    // Our own wrapping must not be reported back as new content.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(deps.calls).toHaveLength(2);
    session.destroy();
    late.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('opens cards only from its own highlights, never from a <bs-mark> the page made', async () => {
    document.body.innerHTML = `${BODY}<p id="fake"><bs-mark data-bs-entity="Q1" tabindex="0">Ada</bs-mark></p>`;
    const loadCard = vi.fn(async () => undefined);
    const session = await startSession(parseSettings({}), fakeDeps({ loadCard }));
    const enter = () => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true });
    document.querySelector('#fake bs-mark')!.dispatchEvent(enter());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loadCard).not.toHaveBeenCalled();
    document.querySelector('article bs-mark')!.dispatchEvent(enter());
    await vi.waitFor(() => expect(loadCard).toHaveBeenCalledWith('Q1'));
    session.destroy();
  });

  it('leaves no highlight behind when destroyed while the background is still matching', async () => {
    document.body.innerHTML = BODY;
    const before = document.body.innerHTML;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const base = fakeDeps();
    const session = new PageSession(document, parseSettings({}), 'news.example', {
      ...base,
      matchPage: async (blocks, known) => {
        await gate;
        return base.matchPage(blocks, known);
      },
    });
    const started = session.start();
    session.destroy();
    release();
    await started;
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('PageSession on a page of endless text', () => {
  it('sends no more than MAX_MATCH_CHARS to be matched, the article’s start first', async () => {
    const paragraph = `Ada Lovelace ${'wrote a very long note about the engine and its cards. '.repeat(1000)}`;
    const count = Math.ceil(MAX_MATCH_CHARS / paragraph.length) + 5;
    const article = document.createElement('article');
    for (let i = 0; i < count; i++) {
      const p = document.createElement('p');
      p.textContent = paragraph;
      article.append(p);
    }
    document.body.append(article);
    const deps = fakeDeps();
    const session = await startSession(parseSettings({}), deps);
    const sent = deps.calls.flatMap((c) => c.blocks);
    expect(sent.reduce((n, b) => n + b.length, 0)).toBeLessThanOrEqual(MAX_MATCH_CHARS);
    expect(sent.length).toBe(count - 6);
    expect(sent[0]).toBe(paragraph);
    session.destroy();
  }, 30_000);
});
