/**
 * One activation of Backstory on a page: find the article, scan it, have the
 * background match it, and hand what should be shown to the page UI (loaded
 * only then); do the same for article text that arrives later, with what the
 * page already named as context. `destroy()` undoes all of it.
 */
import type { CardModel } from '../shared/card';
import { MAX_MATCH_CHARS, type EntityBrief, type MatchPageResponse, type PageEntity, type PageMention } from '../shared/messages';
import { siteState, type Settings } from '../shared/settings';
import { articleText, findArticleRoots } from './article-root';
import { watchLateContent, type LateContentWatcher } from './late-content';
import { scanBlocks, type TextBlock } from './scan';
import type { Renderer } from './ui/index';
import type { UiModule } from './ui-loader';

export interface SessionDeps {
  /** Matches block texts; `known` are the entities the page named before (context for short forms). */
  matchPage(blocks: string[], known: string[]): Promise<MatchPageResponse | undefined>;
  /** Whether the article's text could match at all (false: nothing to show, no scan needed). */
  mayMatch(text: string): Promise<boolean | undefined>;
  /** True when the page's first look already said its text may match (asked once: the next session asks again). */
  isKnownToMatch?(): boolean;
  loadUi(): Promise<UiModule>;
  loadCard(id: string): Promise<CardModel | undefined>;
}

export class PageSession {
  private readonly counts = new Map<string, { brief: EntityBrief; count: number }>();
  /** Entities already highlighted (first-mention mode). */
  private readonly shownIds = new Set<string>();
  private renderer: Renderer | undefined;
  private watcher: LateContentWatcher | undefined;
  private isDestroyed = false;
  private charsSent = 0;
  /** Whether the page had an article to read (single-page sites may not have rendered it yet). */
  hasArticle = false;

  constructor(
    private readonly doc: Document,
    private readonly settings: Settings,
    private readonly host: string,
    private readonly deps: SessionDeps,
  ) {}

  /** Scans and matches the page; resolves once its highlights are in place. */
  async start(): Promise<void> {
    const roots = findArticleRoots(this.doc, { isSiteOn: siteState(this.settings, this.host) === 'on' });
    if (roots.length === 0) return;
    this.hasArticle = true;
    // Most pages with nothing to show paid most for the scan: one look at the article's text
    // first (the browser joins it natively), and the scan only where something may match.
    let isWorthScanning = this.deps.isKnownToMatch?.() ?? false;
    if (!isWorthScanning) {
      const text = articleText(roots);
      isWorthScanning = text.length > MAX_MATCH_CHARS || (await this.deps.mayMatch(text)) !== false;
    }
    if (this.isDestroyed) return;
    if (isWorthScanning) await this.add(roots.flatMap((root) => scanBlocks(root)));
    if (this.isDestroyed) return;
    this.watcher = watchLateContent(roots, (elements) => {
      void this.add(elements.flatMap((el) => scanBlocks(el))).catch((error: unknown) => console.warn('Backstory:', error));
    });
  }

  /** Matches one batch of blocks and shows what the settings allow. */
  private async add(scanned: TextBlock[]): Promise<void> {
    const blocks = this.withinBudget(scanned);
    if (blocks.length === 0) return;
    const response = await this.deps.matchPage(blocks.map((b) => b.text), [...this.counts.keys()]);
    if (this.isDestroyed || !response) return;
    const { mentions, entities, descriptions } = response;
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
    const renderer = await this.ensureRenderer();
    if (this.isDestroyed) return;
    const watcher = this.watcher;
    await renderer.highlight(blocks, shown, entities, descriptions, {
      pause: () => watcher?.pause(),
      resume: () => watcher?.resume(),
    });
  }

  /** The blocks that still fit in what one page may send to be matched (MAX_MATCH_CHARS over the page's life). */
  private withinBudget(blocks: TextBlock[]): TextBlock[] {
    const kept: TextBlock[] = [];
    for (const block of blocks) {
      if (this.charsSent + block.text.length > MAX_MATCH_CHARS) break;
      this.charsSent += block.text.length;
      kept.push(block);
    }
    return kept;
  }

  private async ensureRenderer(): Promise<Renderer> {
    if (this.renderer) return this.renderer;
    const ui = await this.deps.loadUi();
    this.renderer ??= ui.createRenderer(this.doc, {
      style: this.settings.style,
      hoverDelayMs: this.settings.hoverDelayMs,
      loadCard: this.deps.loadCard,
      isOnPage: (id) => this.counts.has(id),
    });
    if (this.isDestroyed) this.renderer.destroy();
    return this.renderer;
  }

  /** Entities on the page with how often each is mentioned. */
  entities(): PageEntity[] {
    return [...this.counts].map(([id, { brief, count }]) => ({ id, name: brief.name, kind: brief.kind, count }));
  }

  /** Scrolls to an entity's first highlight and flashes it; false when it is not highlighted. */
  reveal(id: string): boolean {
    return this.renderer?.reveal(id) ?? false;
  }

  destroy(): void {
    this.isDestroyed = true;
    this.watcher?.disconnect();
    this.renderer?.destroy();
    this.watcher = this.renderer = undefined;
    this.counts.clear();
  }
}
