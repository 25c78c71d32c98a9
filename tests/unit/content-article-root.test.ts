// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { densestBlock, findArticleRoots, isArticlePage } from '../../src/content/article-root';
import { scanBlocks } from '../../src/content/scan';

const LONG = 'The ministers met for two days to discuss coal, methane and the money poorer countries need.';

function page(head: string, body: string): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('findArticleRoots', () => {
  it('uses the largest <article> and leaves nav, rails and footer out', () => {
    const doc = page('', `<nav>Home World</nav><article id="teaser"><p>Short</p></article>
      <article id="main"><h1>Headline</h1><p>${LONG}</p><p>${LONG}</p></article><aside>Related</aside><footer>©</footer>`);
    expect(findArticleRoots(doc, { isSiteOn: false }).map((el) => el.id)).toEqual(['main']);
  });

  it('prefers itemprop=articleBody and adds a headline kept outside it, in document order', () => {
    const doc = page('', `<div><h1 id="headline">Headline</h1><div id="body" itemprop="articleBody"><p>${LONG}</p></div></div>`);
    expect(findArticleRoots(doc, { isSiteOn: false }).map((el) => el.id)).toEqual(['headline', 'body']);
  });

  it('finds the densest block on a JSON-LD NewsArticle without article markup', () => {
    const head = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"]}]}</script>';
    const doc = page(head, `<div id="menu"><p>Menu</p></div><div id="story"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>`);
    expect(isArticlePage(doc)).toBe(true);
    expect(findArticleRoots(doc, { isSiteOn: false }).map((el) => el.id)).toEqual(['story']);
  });


  it('reads every part of a body the page cuts around its ads (Politico), and only those parts', () => {
    const head = '<meta property="og:type" content="article">';
    const doc = page(
      head,
      `<h1 id="h">Headline</h1>
      <section><div class="story-text" id="p1"><p>${LONG}</p></div></section>
      <section class="ad"><div class="promo"><p>${LONG}</p></div></section>
      <section><div class="story-text" id="p2"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div></section>
      <section><div class="story-text" id="p3"><p>Share</p></div><div class="story-text" id="p4"><p>${LONG}</p></div></section>`,
    );
    expect(findArticleRoots(doc, { isSiteOn: false }).map((el) => el.id)).toEqual(['h', 'p1', 'p2', 'p4']);
  });

  it('keeps a densest block without a class alone: a bare <div> is no signature', () => {
    const head = '<meta property="og:type" content="article">';
    const doc = page(head, `<div id="a"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div><div id="b"><p>${LONG}</p></div>`);
    expect(findArticleRoots(doc, { isSiteOn: false }).map((el) => el.id)).toEqual(['a']);
  });
  it('treats og:type article as an article', () => {
    const doc = page('<meta property="og:type" content="article">', `<section id="s"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></section>`);
    expect(findArticleRoots(doc, { isSiteOn: false }).map((el) => el.id)).toEqual(['s']);
  });

  it('leaves a page that is not an article alone unless the reader turned the site on', () => {
    const doc = page('<meta property="og:type" content="website">', `<div id="feed"><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>`);
    expect(isArticlePage(doc)).toBe(false);
    expect(findArticleRoots(doc, { isSiteOn: false })).toEqual([]);
    expect(findArticleRoots(doc, { isSiteOn: true }).map((el) => el.id)).toEqual(['feed']);
  });

  it('reads an undeclared page of long paragraphs as an article (DW, MSN), but not a page of teasers', () => {
    const paragraph = `${LONG} ${LONG}`; // 187 characters: running prose, not a teaser
    const prose = page('', `<div id="story"><h1>Headline</h1>${`<p>${paragraph}</p>`.repeat(4)}</div>`);
    expect(isArticlePage(prose)).toBe(true);
    expect(findArticleRoots(prose, { isSiteOn: false }).map((el) => el.id)).toEqual(['story']);

    const teasers = page('', `<div id="front">${`<p>${LONG}</p>`.repeat(30)}</div>`);
    expect(isArticlePage(teasers)).toBe(false);
  });

  it('takes a declared non-article Open Graph type at its word, however long its paragraphs', () => {
    const paragraph = `${LONG} ${LONG}`;
    const doc = page('<meta property="og:type" content="website">', `<div>${`<p>${paragraph}</p>`.repeat(6)}</div>`);
    expect(isArticlePage(doc)).toBe(false);
  });

  it('falls back to the body on a site the reader turned on when no block is dense', () => {
    const doc = page('', '<span>Xi Jinping</span>');
    expect(findArticleRoots(doc, { isSiteOn: true })).toEqual([doc.body]);
    expect(densestBlock(doc)).toBeUndefined();
  });

  it('skips an article inside a data-backstory="off" subtree', () => {
    const doc = page('', `<div data-backstory="off"><article id="a"><p>${LONG}</p></article></div>`);
    expect(findArticleRoots(doc, { isSiteOn: false })).toEqual([]);
  });
});

describe('scanBlocks inside the article', () => {
  it('skips comments, ads, asides, footers and opted-out subtrees but reads the body', () => {
    const doc = page('', `<article id="a"><p>Body text one.</p><aside>Rail text</aside><div class="ad">Ad text</div>
      <section id="comments"><p>Comment text</p></section><p data-backstory="off">Private text</p><footer>Tags</footer><p>Body text two.</p></article>`);
    const texts = scanBlocks(doc.getElementById('a')!).map((b) => b.text.trim()).filter(Boolean);
    expect(texts).toEqual(['Body text one.', 'Body text two.']);
  });
});
