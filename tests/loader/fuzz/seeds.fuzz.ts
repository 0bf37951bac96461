/** The fuzz of suite.ts on the published reports, seeds/. */
import { SEEDS, fuzzSuite } from './suite.ts';

fuzzSuite('seeds', SEEDS);
