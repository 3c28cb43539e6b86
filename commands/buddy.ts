import { idFromChoice } from './shared.js';
import { avoidList, avoidMember, buddyPref, currentBuddies, removeAvoid, requestNewBuddy, setOptIn } from '../src/core/buddies.js';
import { KindError } from '../src/core/core.js';
import { andNames } from '../src/core/pairing/rounds.js';
import { type Reply, bold, plain, toPrivate } from '../src/core/reply.js';
import { type Command, type CommandContext, SUBCOMMAND, str } from './command.js';

const USAGE = '/buddy, /buddy on, /buddy off, /buddy new, /buddy avoid <name>';
const told = (ctx: CommandContext) => ctx.words.t('buddy-told');
const every = (ctx: CommandContext) => ctx.words.t('pair-every', { weeks: ctx.group!.pair_every_weeks });

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
        return [toPrivate(`${ctx.words.t('buddy-new')} ${told(ctx)}`)];
      case 'avoid': {
        const who = args.who;
        const name = str(who);
        if (!name) return listAvoids(ctx);
        const { added } = await avoidMember(ctx.core, member, typeof who === 'object' ? { userId: who.id, name } : name, ctx.words);
        return [toPrivate(ctx.words.t(added ? 'buddy-avoid-done' : 'buddy-avoid-already', { name: bold(name) }))];
      }
      default:
        throw new KindError(ctx.words.t('buddy-unknown', { action: plain(action.slice(0, 30)), usage: USAGE }));
    }
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      if (data[0] === 'on') return turnOn(ctx);
      if (data[0] === 'off') return turnOff(ctx);
      if (data[0] === 'unavoid' && ctx.inPrivateChat) {
        const ok = await removeAvoid(ctx.core, ctx.member!.id, idFromChoice(data[1]));
        return [toPrivate(ctx.words.t(ok ? 'buddy-unavoided' : 'buddy-unavoided-already'))];
      }
      return [toPrivate(ctx.words.t('buddy-old-button'), { inPlace: true })];
    },
  },
};

async function show(ctx: CommandContext): Promise<Reply[]> {
  const w = ctx.words;
  const pref = await buddyPref(ctx.core.db, ctx.member!.id);
  if (!pref.optedIn)
    return [
      toPrivate(`${w.t('buddy-off-now', { every: every(ctx) })} ${told(ctx)}`, {
        choices: [{ id: 'buddy:on', label: w.t('buddy-on-label') }],
      }),
    ];
  const mates = await currentBuddies(ctx.core.db, ctx.group!.id, ctx.member!.id, ctx.core.clock.now());
  const who = mates.length ? w.t('buddy-now', { names: andNames(mates.map((m) => bold(m.name)), w) }) : w.t('buddy-next-round', { every: every(ctx) });
  return [toPrivate([who, ...(pref.wantNew ? [w.t('buddy-want-new')] : []), w.t('buddy-show-how')].join(' '))];
}

async function turnOn(ctx: CommandContext): Promise<Reply[]> {
  const changed = await setOptIn(ctx.core, ctx.member!, true);
  return [toPrivate(`${ctx.words.t(changed ? 'buddy-on' : 'buddy-on-already', { every: every(ctx) })} ${told(ctx)} ${ctx.words.t('buddy-on-stop')}`)];
}

async function turnOff(ctx: CommandContext): Promise<Reply[]> {
  const changed = await setOptIn(ctx.core, ctx.member!, false);
  return [toPrivate(ctx.words.t(changed ? 'buddy-off' : 'buddy-off-already'))];
}

async function listAvoids(ctx: CommandContext): Promise<Reply[]> {
  const w = ctx.words;
  const list = await avoidList(ctx.core.db, ctx.member!.id);
  if (!list.length) return [toPrivate(w.t('buddy-avoid-empty'))];
  return [
    toPrivate(w.t('buddy-avoid-list', { names: list.map((l) => bold(l.name)).join(', ') }), {
      choices: list.slice(0, 25).map((l) => ({ id: `buddy:unavoid:${l.id}`, label: w.t('buddy-avoid-remove', { name: l.name }).slice(0, 80) })),
    }),
  ];
}

export default buddy;
