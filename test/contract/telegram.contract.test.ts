import { telegramHarness } from '../helpers/telegram-harness.js';
import { contractSuite } from './contract-suite.js';

contractSuite(telegramHarness);
