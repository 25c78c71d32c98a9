import { readingSuite } from './reading-suite.mjs';

readingSuite('chromium');
