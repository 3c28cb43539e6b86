import { idFromChoice } from './shared.js';
import { avoidList, avoidMember, buddyPref, currentBuddies, removeAvoid, requestNewBuddy, setOptIn } from '../src/core/buddies.js';
import { KindError } from '../src/core/core.js';
import { type Reply, bold, plain, toPrivate } from '../src/core/reply.js';
import { type Command, type CommandContext, SUBCOMMAND, str } from './command.js';

const USAGE = '/buddy, /buddy on, /buddy off, /buddy new, /buddy avoid <name>';
const TOLD = 'Just so you know: if you go quiet for a while, your buddy is told, so a person can reach out.';
const every = (ctx: CommandContext) => (ctx.group!.pair_every_weeks === 1 ? 'every week' : `every ${ctx.group!.pair_every_weeks} weeks`);

const buddy: Command = {
  name: 'buddy',
  description: 'Your buddy: see who it is, opt in or out, ask for a new one',
  usage: USAGE,
  access: 'member',
  scope: 'group',
  options: [],
  subcommands: [
    { name: 'show', description: 'Who your buddy is right now', options: [] },
    { name: 'on', description: 'Pair me with a buddy', options: [], aliases: ['yes'] },
    { name: 'off', description: 'No buddies for me for now', options: [], aliases: ['no'] },
    { name: 'new', description: 'Someone new at the next round (nobody is told why)', options: [] },
    {
      name: 'avoid',
      description: 'Never be paired with someone (nobody is told); without a name, your list',
      // Optional: on its own it shows the list, with buttons to take a name off it.
      options: [{ name: 'who', description: 'Who you would rather not be paired with', type: 'user', rest: true }],
      privateOnly: true,
    },
  ],
  bare: 'show',
  async run(ctx, args) {
    const action = str(args[SUBCOMMAND]).toLowerCase();
    const member = ctx.member!;
    switch (action) {
      case 'show':
        return show(ctx);
      case 'on':
        return turnOn(ctx);
      case 'off':
        return turnOff(ctx);
      case 'new':
        await requestNewBuddy(ctx.core, member);
        return [toPrivate(`No problem: you'll have someone new at the next round. Nobody is told why. ${TOLD}`)];
      case 'avoid': {
        const who = args.who;
        const name = str(who);
        if (!name) return listAvoids(ctx);
        const { added } = await avoidMember(ctx.core, member, typeof who === 'object' ? { userId: who.id, name } : name);
        return [toPrivate(`${added ? 'Done' : 'That was already set'}: you won't be paired with ${bold(name)}. This stays between us; nobody is ever told. /buddy avoid shows your list.`)];
      }
      default:
        throw new KindError(`I don't know "/buddy ${plain(action.slice(0, 30))}". You can use ${USAGE}.`);
    }
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      if (data[0] === 'on') return turnOn(ctx);
      if (data[0] === 'off') return turnOff(ctx);
      if (data[0] === 'unavoid' && ctx.inPrivateChat) {
        const ok = await removeAvoid(ctx.core, ctx.member!.id, idFromChoice(data[1]));
        return [toPrivate(ok ? 'Removed from your list. You may be paired with them again.' : 'That was already off your list.')];
      }
      return [toPrivate("Sorry, that button doesn't work any more. Send /buddy to carry on.", { inPlace: true })];
    },
  },
};

async function show(ctx: CommandContext): Promise<Reply[]> {
  const pref = await buddyPref(ctx.core.db, ctx.member!.id);
  if (!pref.optedIn)
    return [
      toPrivate(`Buddies are off for you. Buddies are paired ${every(ctx)}, for a chat between two (sometimes three) people. ${TOLD}`, {
        choices: [{ id: 'buddy:on', label: 'Pair me with a buddy' }],
      }),
    ];
  const mates = await currentBuddies(ctx.core.db, ctx.group!.id, ctx.member!.id, ctx.core.clock.now());
  const who = mates.length
    ? `Your buddy right now: ${mates.map((m) => bold(m.name)).join(' and ')}.`
    : `You're in for the next round: buddies are paired ${every(ctx)}.`;
  return [toPrivate(`${who}${pref.wantNew ? " You asked for someone new, so you'll have a different buddy next round." : ''} /buddy new asks for someone new, /buddy off pauses buddies.`)];
}

async function turnOn(ctx: CommandContext): Promise<Reply[]> {
  const changed = await setOptIn(ctx.core, ctx.member!, true);
  return [toPrivate(`${changed ? "You're in" : "You're already in"}: you'll get a buddy at the next round (${every(ctx)}), with a private introduction. ${TOLD} /buddy off stops it any time.`)];
}

async function turnOff(ctx: CommandContext): Promise<Reply[]> {
  const changed = await setOptIn(ctx.core, ctx.member!, false);
  return [toPrivate(`${changed ? 'Buddies are off for you' : 'Buddies were already off for you'}. Nobody is told. /buddy on whenever you'd like one again.`)];
}

async function listAvoids(ctx: CommandContext): Promise<Reply[]> {
  const list = await avoidList(ctx.core.db, ctx.member!.id);
  if (!list.length) return [toPrivate("Your avoid list is empty. To never be paired with someone, send /buddy avoid <name>, like /buddy avoid Sam. Nobody is ever told.")];
  return [
    toPrivate(`You won't be paired with: ${list.map((l) => bold(l.name)).join(', ')}. Nobody is ever told. Tap a name to take it off the list.`, {
      choices: list.slice(0, 25).map((l) => ({ id: `buddy:unavoid:${l.id}`, label: `Remove ${l.name}`.slice(0, 80) })),
    }),
  ];
}

export default buddy;
