/** The card's stylesheet, scoped to its shadow root: page CSS cannot reach in, ours cannot leak out. */
export const POPOVER_CSS = `
:host { all: initial !important; }
.bs-card {
  --bs-bg: #ffffff; --bs-fg: #1d2430; --bs-muted: #5b6475; --bs-line: #d9dde5; --bs-accent: #1f3a5f;
  --bs-person: #2f6fd6; --bs-place: #238a57; --bs-organization: #8a4fd1; --bs-term: #b7791f;
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: 360px; max-width: calc(100vw - 16px); max-height: min(480px, calc(100vh - 16px));
  overflow: auto; overscroll-behavior: contain;
  margin: 0; padding: 14px 16px 12px; border: 1px solid var(--bs-line); border-radius: 10px;
  background: var(--bs-bg); color: var(--bs-fg);
  box-shadow: 0 8px 28px rgba(15, 23, 42, 0.22), 0 1px 3px rgba(15, 23, 42, 0.12);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none;
  opacity: 1; transition: opacity 120ms ease-out;
}
.bs-card[hidden] { display: none; }
.bs-card.bs-dark {
  --bs-bg: #1e2430; --bs-fg: #e8ecf3; --bs-muted: #a7b0c0; --bs-line: #3a4354; --bs-accent: #9cc3ff;
  --bs-person: #7fb0ff; --bs-place: #6fd3a0; --bs-organization: #c9a2ff; --bs-term: #f2c46b;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.55);
}
@media (prefers-reduced-motion: reduce) { .bs-card { transition: none; } }
.bs-head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 2px; }
.bs-name { margin: 0; font-size: 17px; font-weight: 650; line-height: 1.25; color: var(--bs-fg); flex: 1; }
.bs-kind { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--kind-color, var(--bs-muted)); white-space: nowrap; }
.bs-card[data-kind="person"] { --kind-color: var(--bs-person); }
.bs-card[data-kind="place"] { --kind-color: var(--bs-place); }
.bs-card[data-kind="organization"] { --kind-color: var(--bs-organization); }
.bs-card[data-kind="term"] { --kind-color: var(--bs-term); }
.bs-close { all: unset; cursor: pointer; color: var(--bs-muted); font-size: 18px; line-height: 1; padding: 0 2px; border-radius: 4px; }
.bs-close:focus-visible, .bs-link:focus-visible, .bs-related button:focus-visible { outline: 2px solid var(--bs-accent); outline-offset: 2px; }
.bs-attime { margin: 6px 0 0; padding: 6px 8px; border-left: 3px solid var(--kind-color, var(--bs-accent)); background: color-mix(in srgb, var(--bs-line) 35%, transparent); border-radius: 0 6px 6px 0; }
.bs-attime strong { font-weight: 600; }
.bs-later { margin: 4px 0 0; color: var(--bs-muted); font-size: 13px; }
.bs-summary { margin: 8px 0 0; }
.bs-facts { margin: 8px 0 0; padding: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; font-size: 13px; }
.bs-facts dt { color: var(--bs-muted); margin: 0; }
.bs-facts dd { margin: 0; }
.bs-asof { color: var(--bs-muted); font-size: 11.5px; }
.bs-related { margin: 8px 0 0; font-size: 13px; color: var(--bs-muted); }
.bs-related button { all: unset; cursor: pointer; color: var(--bs-accent); text-decoration: underline; text-underline-offset: 2px; margin-inline-end: 6px; }
.bs-foot { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid var(--bs-line); font-size: 12px; color: var(--bs-muted); display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
.bs-link { color: var(--bs-accent); font-weight: 600; text-decoration: none; }
.bs-link:hover { text-decoration: underline; }
`;

/** The highlight style injected into the page (highlights are the only thing styled outside the shadow root). */
export function pageCss(style: 'underline' | 'background' | 'none'): string {
  const base = `/* Colour tells the kind (blue person, green place, violet organization, amber term); the card names it. */
bs-mark.bs-mark { display: inline; color: inherit; font: inherit; cursor: help; border-radius: 2px;
  text-decoration-style: dotted; text-decoration-thickness: 1.5px; text-underline-offset: 0.18em;
  text-decoration-line: ${style === 'underline' ? 'underline' : 'none'};
  background: ${style === 'background' ? 'var(--bs-soft, rgba(47, 111, 214, 0.13))' : 'transparent'};
  text-decoration-color: var(--bs-ink, rgba(47, 111, 214, 0.8)); }
@supports (color: color-mix(in srgb, red, blue)) {
  /* Mixing in the text's own colour keeps the line visible on dark pages (light text) and calm on light ones. */
  bs-mark.bs-mark { text-decoration-color: color-mix(in srgb, var(--bs-ink, rgb(47, 111, 214)) 72%, currentColor); }
}
bs-mark.bs-mark[data-bs-kind="place"] { --bs-ink: rgba(35, 138, 87, 0.85); --bs-soft: rgba(35, 138, 87, 0.14); }
bs-mark.bs-mark[data-bs-kind="organization"] { --bs-ink: rgba(138, 79, 209, 0.85); --bs-soft: rgba(138, 79, 209, 0.13); }
bs-mark.bs-mark[data-bs-kind="term"] { --bs-ink: rgba(183, 121, 31, 0.9); --bs-soft: rgba(242, 169, 0, 0.18); }
bs-mark.bs-mark:focus-visible { outline: 2px solid rgba(47, 111, 214, 0.9); outline-offset: 1px; }`;
  const active = style === 'none' ? '' : `
bs-mark.bs-mark:hover, bs-mark.bs-mark[aria-expanded="true"] { background: color-mix(in srgb, var(--bs-ink, rgb(47, 111, 214)) 22%, transparent); }`;
  return base + active;
}
