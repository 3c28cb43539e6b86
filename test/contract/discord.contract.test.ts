import { afterEach, expect } from 'vitest';
import { type DiscordBed, discordHarness } from '../helpers/discord-harness.js';
import { contractSuite } from './contract-suite.js';

// The shared contract, through the real discord.js client against the local fake Discord.
// After each test the bot's own log must hold no errors or warnings, whatever the fake received.

let last: DiscordBed | undefined;
contractSuite(() => {
  const h = discordHarness();
  const start = h.start.bind(h);
  h.start = async () => {
    await start();
    last = h.bed();
  };
  return h;
});

afterEach(() => {
  const problems = last?.problems() ?? [];
  last = undefined;
  expect(problems).toEqual([]);
});
