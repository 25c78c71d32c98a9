/**
 * One activation of Backstory on a page: scan, match (in the background),
 * highlight, listen, and do the same for article text that arrives later.
 * `destroy()` undoes all of it and leaves the page as it was.
 */
import type { CardModel } from '../shared/card';
import type { EntityBrief, PageEntity, PageMention } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { findArticleRoots } from './article-root';
import { highlight, slicesByBlock, type Highlights } from './highlighter';
import { HoverController } from './hover';
import { watchLateContent, type LateContentWatcher } from './late-content';
import { pageCss } from './popover-style';
import { makeReachable } from './reachable';
import { scanBlocks, type TextBlock } from './scan';

export interface SessionDeps {
  matchPage(blocks: string[]): Promise<{ mentions: PageMention[]; entities: Record<string, EntityBrief> }>;
  loadCard(id: string): Promise<CardModel | undefined>;
}

const STYLE_ATTR = 'data-bs-style';

// A long article is wrapped a slice at a time, yielding to the page in between, so
// wrapping a thousand mentions never becomes one long task that delays input.
const SLICE_BUDGET_MS = 8;
function isIntact(block: TextBlock): boolean {
  return block.nodes.every((node, i) => node.isConnected && block.text.substr(block.nodeStarts[i]!, node.data.length) === node.data);
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageSession {
  private readonly highlights: Highlights[] = [];
  private readonly cleanups: (() => void)[] = [];
  private readonly counts = new Map<string, { brief: EntityBrief; count: number }>();
  /** Entities already highlighted (first-mention mode) and already given a tab stop. */
  private readonly shownIds = new Set<string>();
  private readonly focusable = new Set<string>();
  private hover: HoverController | undefined;
  private style: HTMLStyleElement | undefined;
  private watcher: LateContentWatcher | undefined;
  private isDestroyed = false;

  private constructor(private readonly doc: Document, private readonly settings: Settings, private readonly deps: SessionDeps) {}

  /** Scans and highlights the page; resolves once highlights are in place. */
  static async start(doc: Document, settings: Settings, deps: SessionDeps): Promise<PageSession> {
    const session = new PageSession(doc, settings, deps);
    const isSiteOn = settings.sites[doc.location?.hostname ?? ''] === 'on';
    const roots = findArticleRoots(doc, { isSiteOn });
    if (roots.length === 0) return session;
    await session.add(roots.flatMap((root) => scanBlocks(root)));
    if (!session.isDestroyed) {
      session.watcher = watchLateContent(roots, (elements) => {
        void session.add(elements.flatMap((el) => scanBlocks(el))).catch((error: unknown) => console.warn('Backstory:', error));
      });
    }
    return session;
  }

  /** Matches and highlights one batch of blocks. */
  private async add(blocks: TextBlock[]): Promise<void> {
    if (blocks.length === 0) return;
    const { mentions, entities } = await this.deps.matchPage(blocks.map((b) => b.text));
    if (this.isDestroyed) return;
    const shown: PageMention[] = [];
    for (const mention of mentions) {
      const brief = entities[mention.id];
      if (!brief || !this.settings.kinds[brief.kind]) continue;
      const entry = this.counts.get(mention.id) ?? { brief, count: 0 };
      entry.count++;
      this.counts.set(mention.id, entry);
      if (this.settings.firstMentionOnly && this.shownIds.has(mention.id)) continue;
      this.shownIds.add(mention.id);
      shown.push(mention);
    }
    if (shown.length === 0) return;
    this.ensureUi();
    let sinceYield = performance.now();
    for (const slice of slicesByBlock(shown)) {
      // The blocks may have changed while the background matched: skip any that did.
      const intact = slice.filter((m) => isIntact(blocks[m.block]!));
      if (intact.length > 0) {
        this.watcher?.pause();
        const added = highlight(blocks, intact, entities);
        this.highlights.push(added);
        this.cleanups.push(makeReachable(this.doc, added.elements, this.focusable));
        this.watcher?.resume();
      }
      if (performance.now() - sinceYield > SLICE_BUDGET_MS) {
        await yieldToPage();
        if (this.isDestroyed) return;
        sinceYield = performance.now();
      }
    }
  }

  private ensureUi(): void {
    if (this.hover) return;
    this.style = this.doc.createElement('style');
    this.style.setAttribute(STYLE_ATTR, '');
    this.style.textContent = pageCss(this.settings.style);
    (this.doc.head ?? this.doc.documentElement).append(this.style);
    this.hover = new HoverController(this.doc, {
      dwellMs: this.settings.hoverDelayMs,
      loadCard: this.deps.loadCard,
      isOnPage: (id) => this.counts.has(id),
      scrollToEntity: (id) => this.scrollTo(id),
    });
  }

  /** Entities on the page with how often each is mentioned. */
  entities(): PageEntity[] {
    return [...this.counts].map(([id, { brief, count }]) => ({ id, name: brief.name, kind: brief.kind, count }));
  }

  /** Scrolls to an entity's first highlight and gives it focus. */
  scrollTo(id: string): boolean {
    const target = this.doc.querySelector<HTMLElement>(`bs-mark[data-bs-entity="${CSS.escape(id)}"][tabindex]`);
    if (!target) return false;
    const smooth = !this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
    return true;
  }

  destroy(): void {
    this.isDestroyed = true;
    this.watcher?.disconnect();
    this.hover?.destroy();
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    this.highlights.splice(0).reverse().forEach((h) => h.remove());
    this.style?.remove();
    this.hover = this.style = this.watcher = undefined;
    this.counts.clear();
  }
}
