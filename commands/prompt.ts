import { nextPromptAt, postPromptNow, setPromptPaused, skipPrompt } from '../src/core/prompts.js';
import { type Reply, bold, plain, toGroup, toPrivate, when } from '../src/core/reply.js';
import { type Command, type CommandContext, SUBCOMMAND, str } from './command.js';

// /prompt now|skip|pause|resume: the facilitator's hand on the weekly check-in prompt.
// "now" posts this week's prompt under the same key as the scheduled one, so it never comes twice.

const USAGE = '/prompt now (post this week\'s check-in now), /prompt skip (no meeting this week), /prompt pause, or /prompt resume';

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
    if (action === 'now') return postNow(ctx);
    if (action === 'skip') {
      const r = await skipPrompt(core, group);
      const at = when(r.at, group.timezone);
      if (r.already) return [toPrivate(`That week is already skipped: no check-in prompt on ${at}.`, { inPlace: true })];
      const replies: Reply[] = [
        toGroup(
          r.thisWeek
            ? `No meeting this week: there won't be a check-in prompt on ${at}. Take care, and see you the week after.`
            : `No meeting next week: there won't be a check-in prompt on ${at}. See you the week after.`,
        ),
      ];
      if (!r.thisWeek) replies.push(toPrivate("This week's prompt had already gone out, so I've skipped next week's instead.", { inPlace: true }));
      return replies;
    }
    if (action === 'pause') {
      if (group.prompt_paused) return [toPrivate('The weekly prompts are already paused. /prompt resume starts them again.', { inPlace: true })];
      await setPromptPaused(core, group, true);
      return [toPrivate(`The weekly check-in prompts for ${bold(group.name)} are paused. /prompt resume starts them again.`, { inPlace: true })];
    }
    if (action === 'resume') {
      const was = group.prompt_paused;
      if (was) await setPromptPaused(core, group, false);
      const next = await nextPromptAt(core, { ...group, prompt_paused: 0 });
      return [toPrivate(`${was ? 'The weekly check-in prompts are back on.' : "The weekly prompts weren't paused."} The next one is on ${when(next, group.timezone)}.`, { inPlace: true })];
    }
    const said = action ? `I don't know "/prompt ${plain(action.slice(0, 40))}". ` : '';
    return [toPrivate(`${said}You can use ${USAGE}.`, { inPlace: true })];
  },
};

async function postNow(ctx: CommandContext): Promise<Reply[]> {
  const r = await postPromptNow(ctx.core, ctx.group!);
  if (r.queued) return [toPrivate("Done: this week's check-in prompt is on its way to the group.", { inPlace: true })];
  return [toPrivate(`This week's check-in prompt has already ${r.status === 'sent' ? 'gone out' : 'been queued'}, so I won't post it twice.`, { inPlace: true })];
}

// The "Post this week's check-in now" button offered when a new day or time has already passed.
prompt.choices = {
  access: 'facilitator',
  run: async (ctx, data) => (data[0] === 'now' ? postNow(ctx) : [toPrivate("Sorry, that button doesn't work any more. Send /prompt now to post this week's check-in.", { inPlace: true })]),
};

export default prompt;
