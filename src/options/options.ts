/** Options page: highlighting, sites, custom terms, the shortcut and the credits. */
import { localize, t } from '../shared/i18n';
import { setUpAbout, setUpShortcut } from './about-panel';
import { setUpCustomTerms } from './custom-terms-panel';
import { setUpSettingsForm } from './settings-form';

async function main(): Promise<void> {
  localize();
  document.title = t('optionsTitle');
  // Each part stands alone: one failing (say, the shortcut API missing) leaves the rest usable.
  const parts = await Promise.allSettled([setUpSettingsForm(), setUpCustomTerms(), setUpShortcut(), setUpAbout()]);
  for (const part of parts) if (part.status === 'rejected') console.warn('Backstory options:', part.reason);
  document.body.dataset.ready = 'true';
}

void main();
