// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bodyText, RELOOK_MS, watchAddedText } from '../../src/content/first-look';

/** The body's text as the scan reads it: every text node outside scripts, styles and templates, in order. */
function readableText(body: HTMLElement): string {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style, noscript, template')) text += (node as Text).data;
  }
  return text;
}

describe('the first look’s text', () => {
  it('is the body’s text when it holds no code', () => {
    document.body.innerHTML = '<nav>Home</nav><article><h1>Talks</h1><p>John Kerry met <a href="#">Wang Yi</a>.</p></article>';
    expect(bodyText(document.body)).toBe(document.body.textContent);
  });

  // Templates are left out too; happy-dom's ranges lose track after one, so real browsers check them (first-look e2e).
  it('leaves out scripts, styles and noscript, and nothing else, wherever they sit', () => {
    document.body.innerHTML = [
      '<script>window.next = () => "John Kerry in Beijing";</script>',
      '<article><h1>Paris</h1><style>.x{}</style><p>Paris <b>Hilton</b> said</p>',
      '<noscript><p>Enable scripts</p><script>x()</script></noscript>',
      // A script whose text is also in the article: the article's copy stays.
      '<p>New York</p><script>New</script><p>tail</p></article>',
      '<script type="application/ld+json">{"headline": "Xi Jinping"}</script>',
    ].join('');
    const text = bodyText(document.body);
    expect(text).toBe(readableText(document.body));
    expect(text).toBe('ParisParis Hilton saidNew Yorktail');
  });
});

describe('after a "no", text the page adds later', () => {
  afterEach(() => vi.useRealTimers());

  it('is looked at once per burst, without what is not read', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article id="live"><p>Updates below.</p></article>';
    const seen: string[] = [];
    const stop = watchAddedText(document.body, (text) => seen.push(text));
    const live = document.getElementById('live')!;
    const p = document.createElement('p');
    p.textContent = 'Janet Yellen has arrived.';
    live.append(p);
    const script = document.createElement('script');
    script.textContent = 'track("Elon Musk")';
    live.append(script);
    await Promise.resolve(); // mutation records are delivered in a microtask
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(RELOOK_MS);
    expect(seen).toEqual(['Janet Yellen has arrived.']);
    stop();
    live.append(p.cloneNode(true));
    await Promise.resolve();
    vi.advanceTimersByTime(RELOOK_MS);
    expect(seen, 'nothing after stop').toHaveLength(1);
  });
});
