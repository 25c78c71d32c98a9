// @vitest-environment happy-dom
// The scan reads a block element with nothing inside that ends a block as one native `textContent`
// and finds its text nodes only when asked. These tests hold it to the node-by-node walk it replaced:
// the same texts, the same nodes at the same offsets, on hand-made cases and on every saved news page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticleRoots } from '../../src/content/article-root';
import { dataTablesIn, EXCLUDED_ROOTS, isInsideDataTable, isIntact, scanBlocks } from '../../src/content/scan';

const SKIP = new Set<string>(EXCLUDED_ROOTS.filter((s) => /^[a-z]+$/.test(s)));
const BLOCK = new Set(
  ('address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p section summary table tbody td tfoot th thead tr ul img picture legend label').split(' '),
);

/** The walk before: every node visited, a block closed at every block element, <br> and excluded subtree. */
function walkEveryNode(root: Element): { text: string; nodes: Text[]; nodeStarts: number[] }[] {
  const excluded = new Set([...root.querySelectorAll(EXCLUDED_ROOTS.filter((s) => !/^[a-z]+$/.test(s)).join(',')), ...dataTablesIn(root)]);
  const blocks: { text: string; nodes: Text[]; nodeStarts: number[] }[] = [];
  let current = { text: '', nodes: [] as Text[], nodeStarts: [] as number[] };
  const close = () => {
    if (current.nodes.length > 0 && /[\p{L}\p{N}]/u.test(current.text)) blocks.push(current);
    current = { text: '', nodes: [], nodeStarts: [] };
  };
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && (child as Text).data.length > 0) {
        current.nodeStarts.push(current.text.length);
        current.nodes.push(child as Text);
        current.text += (child as Text).data;
      } else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (SKIP.has(name) || name === 'br' || excluded.has(child as Element)) close();
        else if (BLOCK.has(name)) {
          close();
          walk(child);
          close();
        } else walk(child);
      }
    }
  };
  if (root.closest(EXCLUDED_ROOTS.join(',')) || isInsideDataTable(root)) return [];
  walk(root);
  close();
  return blocks;
}

function expectSameAsWalk(root: Element): void {
  const blocks = scanBlocks(root);
  const walked = walkEveryNode(root);
  expect(blocks.map((b) => b.text)).toEqual(walked.map((b) => b.text));
  blocks.forEach((block, i) => {
    expect(block.nodes).toEqual(walked[i]!.nodes);
    expect(block.nodeStarts).toEqual(walked[i]!.nodeStarts);
  });
}

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

describe('blocks read whole', () => {
  it('are the blocks the node-by-node walk makes', () => {
    for (const html of [
      '<h1>Talks in <i>Beijing</i></h1><p>John <a href="#">Kerry <b>met</b></a> Wang Yi.</p><p></p><p>   </p><p>2024</p>',
      '<div>Intro <p>Taiwan and <i>China</i></p> outro China</div><p>Call <code>x()</code> then <b>Xi</b></p>',
      '<section><p>One<br>two</p><div><span><p>deep</p> after</span></div></section><p>a<!-- note -->b</p>',
      '<p>Kept <button>no</button> and</p><div class="ad"><p>Ad</p></div><p data-backstory="off">Off</p><ul><li>Li <em>one</em></li><li>two</li></ul>',
      '<p>Text <span contenteditable="true">edit</span> tail</p><table><tr><td>Cell <b>A</b></td><td>B</td></tr></table><figure><img alt="x"><figcaption>Caption</figcaption></figure>',
    ]) {
      expectSameAsWalk(article(html));
    }
  });

  it('a root with nothing inside that ends a block is one block', () => {
    document.body.innerHTML = '<p id="p">Late <a href="#">Janet <b>Yellen</b></a> news</p>';
    const root = document.getElementById('p')!;
    expectSameAsWalk(root);
    expect(scanBlocks(root)).toHaveLength(1);
  });

  it('find their nodes when asked, and are intact only while those nodes still spell the text', () => {
    const root = article('<p>Taiwan and <b>China</b> met.</p><p>Unchanged</p>');
    const [changed, same] = scanBlocks(root);
    root.querySelector('b')!.firstChild!.textContent = 'Japan';
    expect(isIntact(changed!)).toBe(false);
    expect(isIntact(same!)).toBe(true);
    root.querySelectorAll('p')[1]!.firstChild!.remove();
    expect(isIntact(same!)).toBe(false);
  });
});

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'news-pages');
const pages: { file: string }[] = existsSync(join(CORPUS, 'index.json'))
  ? JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')).pages
  : [];

// The saved pages live beside the project only on development and CI machines; elsewhere this is skipped (and says so).
describe.skipIf(pages.length === 0)('blocks read whole, on the saved news pages', () => {
  it('are the walk’s blocks, nodes and offsets on every page', async () => {
    const { Window } = await import('happy-dom');
    let compared = 0;
    for (const { file } of pages) {
      const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
      try {
        const doc = window.document.implementation.createHTMLDocument();
        const html = readFileSync(join(CORPUS, file), 'utf8')
          .replace(/<link\b[^>]*>/gi, '')
          .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
          .replace(/^[\s\S]*?<html[^>]*>/i, '')
          .replace(/<\/html>[\s\S]*$/i, '');
        doc.documentElement.innerHTML = html;
        for (const root of findArticleRoots(doc as unknown as Document, { isSiteOn: true })) {
          expectSameAsWalk(root);
          compared++;
        }
      } finally {
        await window.happyDOM.close();
      }
    }
    expect(compared).toBeGreaterThan(pages.length / 2);
  }, 300_000);
});
