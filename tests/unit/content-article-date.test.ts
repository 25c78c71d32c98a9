// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findPublicationDate } from '../../src/content/article-date';

function page(head: string, body = ''): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('findPublicationDate', () => {
  it('reads JSON-LD datePublished, also inside @graph and arrays, before meta tags', () => {
    const ld = '<script type="application/ld+json">[{"@type":"WebSite"},{"@graph":[{"@type":"NewsArticle","datePublished":"2023-07-19T08:30:00Z"}]}]</script>';
    expect(findPublicationDate(page(`${ld}<meta property="article:published_time" content="2020-01-01">`))).toBe('2023-07-19');
  });

  it('skips broken JSON-LD and falls back to article:published_time', () => {
    const head = '<script type="application/ld+json">{ not json</script><meta property="article:published_time" content="2022-08-02T10:00:00+08:00">';
    expect(findPublicationDate(page(head))).toBe('2022-08-02');
  });

  it('falls back to <time datetime>', () => {
    expect(findPublicationDate(page('', '<p>Published <time datetime="2021-11-13">13 Nov</time></p>'))).toBe('2021-11-13');
  });

  it('ignores impossible dates and pages without one', () => {
    expect(findPublicationDate(page('<meta property="article:published_time" content="2023-02-30">'))).toBeUndefined();
    expect(findPublicationDate(page('', '<p>No date here</p>'))).toBeUndefined();
  });
});
