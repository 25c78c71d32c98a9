import { join } from 'node:path';
import { corpusSuite } from './corpus.shared.mjs';

corpusSuite('firefox', join(import.meta.dirname, '..', '..', 'dist', 'firefox'));
