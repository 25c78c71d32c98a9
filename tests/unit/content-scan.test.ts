// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanBlocks } from '../../src/content/scan';
import { highlight } from '../../src/content/ui/highlighter';

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

/** Scans `root` and highlights every "Taiwan", "China" and "Xi Jinping" in it, each as the entity of that id. */
function highlightNames(root: HTMLElement) {
  const blocks = scanBlocks(root);
  const mentions = blocks.flatMap((b, block) =>
    [...b.text.matchAll(/Taiwan|China|Xi Jinping/g)].map((m) => ({ block, start: m.index!, end: m.index! + m[0].length, id: m[0] })),
  );
  const brief = { name: 'x', type: 'country' as const, kind: 'place' as const };
  return highlight(blocks, mentions, { Taiwan: brief, China: brief, 'Xi Jinping': brief });
}

describe('scanBlocks', () => {
  it('joins inline elements and breaks at blocks and <br>', () => {
    const root = article('<p><a>Antony <b>Blinken</b></a> met Wang</p><p>Yi in Beijing<br>Taiwan</p>');
    expect(scanBlocks(root).map((b) => b.text)).toEqual(['Antony Blinken met Wang', 'Yi in Beijing', 'Taiwan']);
  });

  it('skips fields, editors, code and opted-out subtrees', () => {
    const root = article(
      '<p>Kept</p><textarea>Not this</textarea><div contenteditable="true">Nor this</div>' +
        '<pre>No pre</pre><p>Call <code>x()</code> now</p><div data-backstory="off"><p>Off</p></div>',
    );
    expect(scanBlocks(root).map((b) => b.text)).toEqual(['Kept', 'Call ', ' now']);
  });

  const rows = (n: number, cell: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => `<tr><td>Seat ${i}</td><td>${cell(i)}</td></tr>`).join('');

  it('leaves a long table of short cells (a directory, a league table) plain, and reads a short one', () => {
    const long = article(`<p>The MPs who signed:</p><table><tbody>${rows(13, (i) => `Member ${i}`)}</tbody></table><p>After the table.</p>`);
    expect(scanBlocks(long).map((b) => b.text)).toEqual(['The MPs who signed:', 'After the table.']);
    const short = article(`<table><tbody>${rows(12, (i) => `Member ${i}`)}</tbody></table>`);
    expect(scanBlocks(short).map((b) => b.text)).toHaveLength(24);
  });

  it('reads a long table laid out around an article, and nothing scanned inside a data table', () => {
    const layout = article(`<table>${rows(13, (i) => `<p>Paragraph ${i} of the story.</p>`)}</table>`);
    expect(scanBlocks(layout).map((b) => b.text)).toContain('Paragraph 12 of the story.');
    article(`<table id="t">${rows(13, (i) => `Member ${i}`)}</table>`);
    // Text added to a data table later (late-content scans the added element) is left plain too.
    expect(scanBlocks(document.querySelector('#t td')!)).toEqual([]);
  });
});

/** Each highlight as [its entity id, its text], in document order. */
const entityTexts = (marks: readonly Element[]) => marks.map((m) => [m.getAttribute('data-bs-entity'), m.textContent]);

describe('highlight', () => {
  it('wraps mentions with data-bs-entity and restores the DOM exactly', () => {
    const root = article('<p>BEIJING — <a href="#">John <b>Kerry</b></a> met officials in Beijing.</p>');
    const before = root.innerHTML;
    const firstText = root.querySelector('p')!.firstChild as Text;
    const blocks = scanBlocks(root);
    const text = blocks[0]!.text;
    const result = highlight(
      blocks,
      [
        { block: 0, start: text.indexOf('John'), end: text.indexOf('John') + 10, id: 'Q22316' },
        { block: 0, start: text.indexOf('Beijing.'), end: text.indexOf('Beijing.') + 7, id: 'Q956' },
      ],
      { Q22316: { name: 'John Kerry', type: 'person', kind: 'person' }, Q956: { name: 'Beijing', type: 'city', kind: 'place' } },
    );
    const marks = Array.from(root.querySelectorAll('[data-bs-entity]'));
    expect(entityTexts(marks)).toEqual([
      ['Q22316', 'John '],
      ['Q22316', 'Kerry'],
      ['Q956', 'Beijing'],
    ]);
    expect(root.querySelector('[data-markjs]')).toBeNull();
    result.remove();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.firstChild).toBe(firstText);
    expect(root.querySelector('p')!.childNodes.length).toBe(3);
  });

  it('counts offsets right past skipped subtrees, inline styles and scripts, and in nested contexts', () => {
    const root = article(
      '<div>Intro <p>Taiwan and <i>China</i></p> outro China</div>' +
        '<p>Call <code>Taiwan()</code> then <style>b{}</style><script>var China;</script>Taiwan and <a href="#"><b>Xi</b> Jinping</a>.</p>',
    );
    const before = root.innerHTML;
    const result = highlightNames(root);
    const marks = Array.from(root.querySelectorAll('[data-bs-entity]'));
    expect(marks.map((m) => m.textContent)).toEqual(['Taiwan', 'China', 'China', 'Taiwan', 'Xi', ' Jinping']);
    expect(marks.every((m) => !m.closest('code, style, script'))).toBe(true);
    result.remove();
    expect(root.innerHTML).toBe(before);
  });

  it('wraps mentions handed over out of order as if in order, and restores the DOM exactly', () => {
    const root = article('<p>Taiwan and China met.</p><p>Then <b>Xi</b> Jinping spoke of Taiwan.</p>');
    const before = root.innerHTML;
    const blocks = scanBlocks(root);
    const at = (block: number, name: string, from = 0) => {
      const start = blocks[block]!.text.indexOf(name, from);
      return { block, start, end: start + name.length, id: name };
    };
    const mentions = [at(1, 'Xi Jinping'), at(0, 'China'), at(1, 'Taiwan'), at(0, 'Taiwan')];
    const brief = { name: 'x', type: 'country' as const, kind: 'place' as const };
    const result = highlight(blocks, mentions, { Taiwan: brief, China: brief, 'Xi Jinping': brief });
    expect(entityTexts(result.elements)).toEqual([
      ['Taiwan', 'Taiwan'],
      ['China', 'China'],
      ['Xi Jinping', 'Xi'],
      ['Xi Jinping', ' Jinping'],
      ['Taiwan', 'Taiwan'],
    ]);
    result.remove();
    expect(root.innerHTML).toBe(before);
  });

  it('wraps several mentions of one text node, and a name split across nodes with an empty one between', () => {
    const root = article('<p>Taiwan, China and Taiwan again; <b>Xi</b> Jinping.</p>');
    const b = root.querySelector('b')!;
    b.after(document.createTextNode(''));
    const before = root.innerHTML;
    const nodesBefore = Array.from(root.querySelector('p')!.childNodes);
    const result = highlightNames(root);
    const marks = Array.from(root.querySelectorAll('[data-bs-entity]'));
    expect(entityTexts(marks)).toEqual([
      ['Taiwan', 'Taiwan'],
      ['China', 'China'],
      ['Taiwan', 'Taiwan'],
      ['Xi Jinping', 'Xi'],
      ['Xi Jinping', ' Jinping'],
    ]);
    result.remove();
    expect(root.innerHTML).toBe(before);
    expect(Array.from(root.querySelector('p')!.childNodes)).toEqual(nodesBefore);
  });

  it('wraps mentions of many paragraphs in one pass, a link inside a later paragraph included', () => {
    const root = article(
      '<p>Taiwan first.</p><p>Then <a href="#">China <b>and</b> Taiwan</a> and China.</p><div><p>Last, Xi Jinping.</p> and Taiwan</div>',
    );
    const before = root.innerHTML;
    const result = highlightNames(root);
    const marks = Array.from(root.querySelectorAll('[data-bs-entity]'));
    expect(entityTexts(marks)).toEqual([
      ['Taiwan', 'Taiwan'],
      ['China', 'China'],
      ['Taiwan', 'Taiwan'],
      ['China', 'China'],
      ['Xi Jinping', 'Xi Jinping'],
      ['Taiwan', 'Taiwan'],
    ]);
    expect(result.elements).toEqual(marks);
    result.remove();
    expect(root.innerHTML).toBe(before);
  });
});
