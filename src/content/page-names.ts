/**
 * Every name Backstory puts into a page, in one place: element names, attributes
 * and the selectors built from them. All carry the `bs-` prefix, so they never
 * collide with a page's own, and cleanup can find everything we added.
 */

/** A highlight: `<bs-mark class="bs-mark" data-bs-entity="Q148" data-bs-kind="place">` (a stable interface). */
export const HIGHLIGHT_TAG = 'bs-mark';
export const HIGHLIGHT_CLASS = 'bs-mark';
export const ENTITY_ATTR = 'data-bs-entity';
export const KIND_ATTR = 'data-bs-kind';
/** Set for the length of the "reveal" flash. */
export const FLASH_ATTR = 'data-bs-flash';

/** The card's host element, with an open shadow root (a stable interface: `[data-bs-popover]`). */
export const POPOVER_HOST_TAG = 'bs-popover';
export const POPOVER_ATTR = 'data-bs-popover';
/** On the context menu's card host: "match" or "none". */
export const SELECTION_CARD_ATTR = 'data-bs-selection-card';

/** Hidden accessible descriptions of highlights, one per kind. */
export const DESCRIPTION_TAG = 'bs-description';
/** The page-level stylesheet for highlights. */
export const STYLE_ATTR = 'data-bs-style';

/** A publisher's opt-out: `<meta name="backstory" content="off">`, `data-backstory="off"` on a subtree. */
export const OPT_OUT_META = 'meta[name="backstory"][content="off" i]';
export const OPT_OUT_ATTR_SELECTOR = '[data-backstory="off"]';

/** Everything Backstory adds outside the highlights themselves. */
export const ADDED_SELECTOR = `${POPOVER_HOST_TAG}, style[${STYLE_ATTR}], ${DESCRIPTION_TAG}`;
