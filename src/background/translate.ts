/** The reader's language for what the background words (cards, page labels): the browser's i18n, English where it has no entry. */
import browser from 'webextension-polyfill';
import { english, type Translate } from '../shared/locale';

export const translate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || english(key, substitutions);
