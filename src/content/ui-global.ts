/** Where content-ui.js leaves the page UI in the isolated world (see ui/entry.ts and ui-loader.ts). */
export const UI_GLOBAL = 'backstoryUi';
