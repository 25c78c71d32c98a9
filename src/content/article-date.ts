/** Finds when an article was published, so cards describe the world as of then. */
import { isIsoDay } from '../shared/dates';

function day(value: string | null | undefined): string | undefined {
  const match = value?.trim().match(/^(\d{4}-\d{2}-\d{2})/);
  return match && isIsoDay(match[1]!) ? match[1] : undefined;
}

function fromJsonLd(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = fromJsonLd(item);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return day(record.datePublished);
  return fromJsonLd(record['@graph']);
}

/** The publication day (YYYY-MM-DD) declared by the page, if any. */
export function findPublicationDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = fromJsonLd(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  const metas = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
  ];
  for (const selector of metas) {
    const found = day(doc.querySelector(selector)?.getAttribute('content'));
    if (found) return found;
  }
  return day(doc.querySelector('[itemprop="datePublished"][datetime], time[datetime]')?.getAttribute('datetime'));
}
