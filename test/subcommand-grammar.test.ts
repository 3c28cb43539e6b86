import { describe, expect, it } from 'vitest';
import { parseArgs } from '../commands/command.js';
import { commands } from '../commands/index.js';

// Telegram and the console read a command's subcommands from the same definition Discord
// registers: the first word names one (or an alias of it), and the plain grammar stays as it was.

const parse = (name: string, text: string) => parseArgs(commands.get(name)!, text);

describe('plain-text grammar of commands with subcommands', () => {
  it('reads /buddy: alone it shows, its words and their aliases, a name that takes the rest of the line', () => {
    expect(parse('buddy', '')).toEqual({ subcommand: 'show' });
    expect(parse('buddy', 'ON')).toEqual({ subcommand: 'on' });
    expect(parse('buddy', 'yes')).toEqual({ subcommand: 'on' });
    expect(parse('buddy', 'no')).toEqual({ subcommand: 'off' });
    expect(parse('buddy', 'avoid Sam Smith')).toEqual({ subcommand: 'avoid', who: 'Sam Smith' });
    expect(parse('buddy', 'avoid')).toEqual({ subcommand: 'avoid' });
    // A word it does not know is passed on, for the command's kind answer.
    expect(parse('buddy', 'dance now')).toEqual({ subcommand: 'dance' });
  });

  it('reads /settings <key> <value> as set, as before subcommands, and set and role by name', () => {
    expect(parse('settings', '')).toEqual({ subcommand: 'show' });
    expect(parse('settings', 'absence 3')).toEqual({ subcommand: 'set', key: 'absence', value: '3' });
    expect(parse('settings', 'name Tuesday Parents')).toEqual({ subcommand: 'set', key: 'name', value: 'Tuesday Parents' });
    expect(parse('settings', 'set time 19:30')).toEqual({ subcommand: 'set', key: 'time', value: '19:30' });
    expect(parse('settings', 'role none')).toEqual({ subcommand: 'role', role: 'none' });
  });

  it('reads /topics, /agreement and /prompt', () => {
    expect(parse('topics', '')).toEqual({ subcommand: 'show' });
    expect(parse('topics', 'offers benefits, school appeals')).toEqual({ subcommand: 'offer', topics: 'benefits, school appeals' });
    expect(parse('topics', 'need respite care')).toEqual({ subcommand: 'seek', topics: 'respite care' });
    expect(parse('agreement', '')).toEqual({ subcommand: 'show' });
    expect(parse('agreement', 'set We listen. We are kind.')).toEqual({ subcommand: 'set', text: 'We listen. We are kind.' });
    // /prompt has no bare use: alone it names no action, and the command says which there are.
    expect(parse('prompt', '')).toEqual({});
    expect(parse('prompt', 'skip')).toEqual({ subcommand: 'skip' });
  });
});
