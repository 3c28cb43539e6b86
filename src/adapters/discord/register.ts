import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { REST, Routes } from 'discord.js';
import type { Command } from '../../../commands/command.js';
import { type SlashJson, normalise, slashDefinitions } from './slash-commands.js';

// `npm run register`: a deploy step, never part of start-up. Compares the definitions with what
// Discord already has and writes (one bulk overwrite) only when they differ. Guild-scoped when
// DISCORD_GUILD_ID is set (instant, for development), global otherwise.

export interface RegisterOptions {
  rest: REST;
  appId: string;
  guildId?: string;
  commands: readonly Command[];
}

export interface RegisterResult {
  scope: 'guild' | 'global';
  changed: boolean;
  count: number;
}

export async function registerCommands(opts: RegisterOptions): Promise<RegisterResult> {
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.appId, opts.guildId) : Routes.applicationCommands(opts.appId);
  const desired: SlashJson[] = slashDefinitions(opts.commands);
  // with_localizations: Discord returns the descriptions in every language only when asked.
  const existing = (await opts.rest.get(route, { query: new URLSearchParams({ with_localizations: 'true' }) })) as Record<string, unknown>[];
  const scope = opts.guildId ? 'guild' : 'global';
  if (normalise(existing) === normalise(desired as unknown as Record<string, unknown>[])) return { scope, changed: false, count: desired.length };
  await opts.rest.put(route, { body: desired });
  return { scope, changed: true, count: desired.length };
}

async function cli(): Promise<void> {
  await import('dotenv/config');
  const { readConfig, ConfigError } = await import('../../config.js');
  const { commandList } = await import('../../../commands/index.js');
  try {
    const config = readConfig(process.env);
    if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
      process.stderr.write('Set DISCORD_TOKEN and DISCORD_APP_ID (and DISCORD_GUILD_ID while developing) to register slash commands.\n');
      process.exitCode = 1;
      return;
    }
    const rest = new REST(config.DISCORD_API_ROOT ? { api: config.DISCORD_API_ROOT } : {}).setToken(config.DISCORD_TOKEN);
    const res = await registerCommands({ rest, appId: config.DISCORD_APP_ID, guildId: config.DISCORD_GUILD_ID, commands: commandList });
    const where = res.scope === 'guild' ? `in server ${config.DISCORD_GUILD_ID}` : 'globally (Discord may take up to an hour to show changes)';
    process.stdout.write(res.changed ? `Registered ${res.count} slash commands ${where}.\n` : `The ${res.count} slash commands ${where} are already up to date: nothing to do.\n`);
  } catch (err) {
    if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`Could not register the commands: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void cli();
