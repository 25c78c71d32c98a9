/**
 * The entry of `content-ui.js`. The background injects it into the page's
 * isolated world (scripting.executeScript) when the content script asks, and it
 * leaves the UI where that script finds it: a global of the isolated world,
 * which the page's own scripts cannot see.
 */
import * as ui from './index';
import { UI_GLOBAL } from '../ui-global';

// Injected twice (two matches in flight that each asked for it), the first copy stays: its renderers are the ones in use.
(globalThis as Record<string, unknown>)[UI_GLOBAL] ??= ui;
