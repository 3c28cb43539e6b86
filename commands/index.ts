import type { Command } from './command.js';
import agreement from './agreement.js';
import away from './away.js';
import back from './back.js';
import buddy from './buddy.js';
import checkin from './checkin.js';
import exportData from './export.js';
import forgetme from './forgetme.js';
import help from './help.js';
import join from './join.js';
import language from './language.js';
import leave from './leave.js';
import meetup from './meetup.js';
import meetups from './meetups.js';
import mydata from './mydata.js';
import myweeks from './myweeks.js';
import pair from './pair.js';
import prompt from './prompt.js';
import settings from './settings.js';
import setup from './setup.js';
import stats from './stats.js';
import support from './support.js';
import tip from './tip.js';
import tips from './tips.js';
import topics from './topics.js';

// Every command, explicitly, in the order /help lists them.
export const commandList: readonly Command[] = [
  join, checkin, buddy, topics, tip, tips, meetup, meetups, away, back, leave,
  agreement, support, myweeks, language, mydata, forgetme, help,
  setup, settings, prompt, pair, stats, exportData,
];

export const commands: ReadonlyMap<string, Command> = new Map(commandList.map((c) => [c.name, c]));
