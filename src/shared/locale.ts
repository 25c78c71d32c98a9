/**
 * The extension's words, from `_locales/<lang>/messages.json` only. Extension
 * pages and the background read them through the browser (`browser.i18n`); the
 * card builder also runs in node (the CLI, tests), so it takes a `Translate`
 * and defaults to the English file itself, bundled: one source for every word.
 */
import messages from '../_locales/en/messages.json';

export type MessageKey = keyof typeof messages;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Fills `$1`…`$9` as the browsers' i18n does. */
export function substitute(message: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** English, from the locale file. */
export const english: Translate = (key, substitutions) => substitute(messages[key].message, substitutions);
