/** Options page: a placeholder until the options issue lands; it only localizes the title. */
import browser from 'webextension-polyfill';

document.title = `${browser.i18n.getMessage('extName') || 'Backstory'} options`;
