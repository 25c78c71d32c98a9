/**
 * One activation of Backstory on a page: scan, match (in the background),
 * highlight, listen. `destroy()` undoes all of it and leaves the page as it was.
 */
import type { CardModel } from '../shared/card';
import type { EntityBrief, PageEntity, PageMention } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { findArticleRoots } from './article-root';
import { highlight, type Highlights } from './highlighter';
import { HoverController } from './hover';
import { pageCss } from './popover-style';
import { makeReachable } from './reachable';
import { scanBlocks } from './scan';

export interface SessionDeps {
  matchPage(blocks: string[]): Promise<{ mentions: PageMention[]; entities: Record<string, EntityBrief> }>;
  loadCard(id: string): Promise<CardModel | undefined>;
}

const STYLE_ATTR = 'data-bs-style';

export class PageSession {
  private highlights: Highlights | undefined;
  private hover: HoverController | undefined;
  private style: HTMLStyleElement | undefined;
  private unreachable: (() => void) | undefined;
  private counts = new Map<string, { brief: EntityBrief; count: number }>();
  private isDestroyed = false;

  private constructor(private readonly doc: Document) {}

  /** Scans and highlights the page; resolves once highlights are in place. */
  static async start(doc: Document, settings: Settings, deps: SessionDeps): Promise<PageSession> {
    const session = new PageSession(doc);
    const isSiteOn = settings.sites[doc.location?.hostname ?? ''] === 'on';
    const blocks = findArticleRoots(doc, { isSiteOn }).flatMap((root) => scanBlocks(root));
    if (blocks.length === 0) return session;
    const { mentions, entities } = await deps.matchPage(blocks.map((b) => b.text));
    if (session.isDestroyed) return session;

    const shown: PageMention[] = [];
    const seen = new Set<string>();
    for (const mention of mentions) {
      const brief = entities[mention.id];
      if (!brief || !settings.kinds[brief.kind]) continue;
      const entry = session.counts.get(mention.id) ?? { brief, count: 0 };
      entry.count++;
      session.counts.set(mention.id, entry);
      if (settings.firstMentionOnly && seen.has(mention.id)) continue;
      seen.add(mention.id);
      shown.push(mention);
    }
    if (shown.length === 0) return session;

    session.style = doc.createElement('style');
    session.style.setAttribute(STYLE_ATTR, '');
    session.style.textContent = pageCss(settings.style);
    (doc.head ?? doc.documentElement).append(session.style);
    session.highlights = highlight(blocks, shown, entities);
    session.unreachable = makeReachable(doc, session.highlights.elements);
    session.hover = new HoverController(doc, {
      dwellMs: settings.hoverDelayMs,
      loadCard: deps.loadCard,
      isOnPage: (id) => session.counts.has(id),
      scrollToEntity: (id) => session.scrollTo(id),
    });
    return session;
  }

  /** Entities on the page with how often each is mentioned. */
  entities(): PageEntity[] {
    return [...this.counts].map(([id, { brief, count }]) => ({ id, name: brief.name, kind: brief.kind, count }));
  }

  /** Scrolls to an entity's first highlight and gives it focus. */
  scrollTo(id: string): boolean {
    const target = this.highlights?.elements.find((el) => el.getAttribute('data-bs-entity') === id);
    if (!target) return false;
    const smooth = !this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
    return true;
  }

  destroy(): void {
    this.isDestroyed = true;
    this.hover?.destroy();
    this.unreachable?.();
    this.highlights?.remove();
    this.style?.remove();
    this.hover = this.highlights = this.style = this.unreachable = undefined;
    this.counts.clear();
  }
}
