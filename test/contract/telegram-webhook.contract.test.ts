import { telegramHarness } from '../helpers/telegram-harness.js';
import { contractSuite } from './contract-suite.js';

// The same contract with Telegram's updates arriving by webhook: the fake Bot API POSTs each one
// to the bot's HTTP server, which stores it, answers 200 and then handles it.
contractSuite(() => telegramHarness({ webhook: true }));
