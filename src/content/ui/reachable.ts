/**
 * Makes highlights reachable without a mouse and tells screen readers what
 * they are.
 *
 * Tab reaches the first highlight of each entity (a later mention opens the
 * same card, so one stop per entity keeps Tab useful on a long article). We
 * add no next/previous shortcut: single keys clash with site shortcuts and
 * with screen readers' own quick-navigation keys, and a modifier chord is one
 * more thing to learn and to collide with; Tab and Shift+Tab already step
 * through the entities in reading order.
 *
 * Each focusable highlight is a button with `aria-haspopup="dialog"` and
 * `aria-expanded`. IDs do not cross shadow boundaries, so `aria-describedby`
 * points at a hidden description in the light DOM (one per kind: "Person,
 * press Enter for background"); hidden elements still count for an
 * accessible description. The card itself is a labelled dialog that takes
 * focus when opened from the keyboard, so it is announced by name.
 */
import type { EntityKind } from '../../shared/dataset';
import { DESCRIPTION_TAG, ENTITY_ATTR, KIND_ATTR } from '../page-names';
const KINDS: readonly EntityKind[] = ['person', 'place', 'organization', 'term'];

export function descriptionId(kind: string): string {
  return `bs-description-${kind}`;
}

/**
 * Gives each entity's first highlight a tab stop, a role and a description;
 * `focusable` carries the entities that already have one across batches.
 * Returns the cleanup.
 */
export function makeReachable(
  doc: Document,
  elements: readonly HTMLElement[],
  focusable: Set<string>,
  describe: (kind: EntityKind) => string,
): () => void {
  const kinds = new Set<EntityKind>();
  for (const el of elements) {
    const id = el.getAttribute(ENTITY_ATTR);
    if (!id || focusable.has(id)) continue;
    focusable.add(id);
    const kind = el.getAttribute(KIND_ATTR) as EntityKind | null;
    el.tabIndex = 0;
    el.setAttribute('role', 'button');
    el.setAttribute('aria-haspopup', 'dialog');
    el.setAttribute('aria-expanded', 'false');
    if (kind && KINDS.includes(kind)) {
      kinds.add(kind);
      el.setAttribute('aria-describedby', descriptionId(kind));
    }
  }
  const descriptions = [...kinds].filter((kind) => !doc.getElementById(descriptionId(kind))).map((kind) => {
    const node = doc.createElement(DESCRIPTION_TAG);
    node.id = descriptionId(kind);
    node.hidden = true;
    node.textContent = describe(kind);
    return node;
  });
  // Next to the popover host on <html>: never inside the page's own layout.
  doc.documentElement.append(...descriptions);
  return () => descriptions.forEach((node) => node.remove());
}
