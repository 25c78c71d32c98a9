import { readingSuite } from './reading-suite.mjs';

readingSuite('firefox');
