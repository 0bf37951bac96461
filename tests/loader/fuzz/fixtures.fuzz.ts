/** The fuzz of suite.ts on the fictional reports of tests/fixtures/ (each folder with its own gazetteer where it has one). */
import { FIXTURES, fuzzSuite } from './suite.ts';

fuzzSuite('fixtures', FIXTURES);
