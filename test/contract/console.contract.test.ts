import { consoleHarness } from '../helpers/console-harness.js';
import { contractSuite } from './contract-suite.js';

contractSuite(consoleHarness);
