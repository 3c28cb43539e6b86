import { nextPromptAt, postPromptNow, setPromptPaused, skipPrompt } from '../src/core/prompts.js';
import { type Reply, bold, plain, toGroup, toPrivate, when } from '../src/core/reply.js';
import { type Command, type CommandContext, SUBCOMMAND, str } from './command.js';

// /prompt now|skip|pause|resume: the facilitator's hand on the weekly check-in prompt.
// "now" posts this week's prompt under the same key as the scheduled one, so it never comes twice.

const prompt: Command = {
  name: 'prompt',
  description: 'The weekly check-in: now, skip this week, pause or resume',
  usage: '/prompt now|skip|pause|resume',
  access: 'facilitator',
  scope: 'group',
  options: [],
  subcommands: [
    { name: 'now', description: "Post this week's check-in prompt now", options: [] },
    { name: 'skip', description: "No meeting this week: skip this week's prompt", options: [] },
    { name: 'pause', description: 'Pause the weekly prompts', options: [] },
    { name: 'resume', description: 'Start the weekly prompts again', options: [] },
  ],
  async run(ctx, args) {
    const group = ctx.group!;
    const action = str(args[SUBCOMMAND]).toLowerCase();
    const { core } = ctx;
    // The facilitator hears their own language; the group its own.
    const w = ctx.words;
    if (action === 'now') return postNow(ctx);
    if (action === 'skip') {
      const r = await skipPrompt(core, group, w);
      if (r.already) return [toPrivate(w.t('prompt-cmd-already-skipped', { at: when(r.at, group.timezone, 'datetime', w.lang) }), { inPlace: true })];
      const gw = ctx.groupWords;
      const replies: Reply[] = [toGroup(gw.t(r.thisWeek ? 'prompt-cmd-skip-this-week' : 'prompt-cmd-skip-next-week', { at: when(r.at, group.timezone, 'datetime', gw.lang) }))];
      if (!r.thisWeek) replies.push(toPrivate(w.t('prompt-cmd-skipped-next'), { inPlace: true }));
      return replies;
    }
    if (action === 'pause') {
      if (group.prompt_paused) return [toPrivate(w.t('prompt-cmd-already-paused'), { inPlace: true })];
      await setPromptPaused(core, group, true);
      return [toPrivate(w.t('prompt-cmd-paused', { group: bold(group.name) }), { inPlace: true })];
    }
    if (action === 'resume') {
      const was = group.prompt_paused;
      if (was) await setPromptPaused(core, group, false);
      const next = await nextPromptAt(core, { ...group, prompt_paused: 0 });
      return [toPrivate(`${w.t(was ? 'prompt-cmd-resumed' : 'prompt-cmd-not-paused')} ${w.t('prompt-cmd-next', { at: when(next, group.timezone, 'datetime', w.lang) })}`, { inPlace: true })];
    }
    const said = action ? `${w.t('prompt-cmd-unknown', { typed: plain(action.slice(0, 40)) })} ` : '';
    return [toPrivate(`${said}${w.t('prompt-cmd-usage')}`, { inPlace: true })];
  },
};

async function postNow(ctx: CommandContext): Promise<Reply[]> {
  const r = await postPromptNow(ctx.core, ctx.group!);
  if (r.queued) return [toPrivate(ctx.words.t('prompt-cmd-on-its-way'), { inPlace: true })];
  return [toPrivate(ctx.words.t('prompt-cmd-not-twice', { status: r.status === 'sent' ? 'sent' : 'queued' }), { inPlace: true })];
}

// The "Post this week's check-in now" button offered when a new day or time has already passed.
prompt.choices = {
  access: 'facilitator',
  run: async (ctx, data) => (data[0] === 'now' ? postNow(ctx) : [toPrivate(ctx.words.t('prompt-cmd-old-button'), { inPlace: true })]),
};

export default prompt;
