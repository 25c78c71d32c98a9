import { join } from 'node:path';
import { corpusSuite } from './corpus.shared.mjs';

corpusSuite('chromium', join(import.meta.dirname, '..', '..', 'dist', 'chrome'));
