// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import Mark from 'mark.js';
import { MARK_EXCLUDE, scanBlocks } from '../../src/content/scan';
import { highlight } from '../../src/content/ui/highlighter';

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
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

  it('computes context offsets that agree with mark.js', () => {
    const root = article('<div>Intro <p>Taiwan and <i>China</i></p> outro China</div>');
    const blocks = scanBlocks(root);
    const outro = blocks.find((b) => b.text.includes('outro'))!;
    let seen = '';
    const start = outro.contextOffset + outro.text.indexOf('China');
    new Mark(outro.context as HTMLElement).markRanges([{ start, length: 5 }], {
      exclude: MARK_EXCLUDE,
      each: (el: Element) => {
        seen = el.textContent ?? '';
        expect(el.parentElement).toBe(outro.context);
      },
    });
    expect(seen).toBe('China');
  });
});

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
    expect(marks.map((m) => [m.getAttribute('data-bs-entity'), m.textContent])).toEqual([
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
});
