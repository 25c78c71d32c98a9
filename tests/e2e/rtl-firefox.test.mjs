import { rtlSuite } from './rtl.shared.mjs';

rtlSuite('firefox');
