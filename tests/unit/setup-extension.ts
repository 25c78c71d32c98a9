/**
 * The extension API as unit tests see it: the real English strings from
 * `_locales` (so a test reads what a reader would), and nothing else. Tests that
 * need more of the API stub it themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const messages = JSON.parse(readFileSync(join(__dirname, '../../src/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

function getMessage(key: string, substitutions?: string | string[]): string {
  const message = messages[key]?.message;
  if (message === undefined) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

(globalThis as Record<string, unknown>).chrome = {
  i18n: { getMessage },
  runtime: { getURL: (path: string) => `chrome-extension://test/${path}` },
};
