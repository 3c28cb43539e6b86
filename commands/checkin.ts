import { backAfterQuiet } from '../src/core/absence.js';
import { MAX_NOTE, MOODS, addNote, checkIn, moodChoices, moodScaleText, parseMood } from '../src/core/checkins.js';
import { KindError } from '../src/core/core.js';
import { queueTallyEdit } from '../src/core/prompts.js';
import { type Form, type Reply, bold, plain, quoted, toGroup, toPrivate } from '../src/core/reply.js';
import { type Args, type Command, type CommandContext, str } from './command.js';
import { privateLinkFor } from './private-links.js';


const checkin: Command = {
  name: 'checkin',
  description: 'Check in: how are you this week, 1 (struggling) to 5 (great), with a note if you like',
  usage: '/checkin [mood 1-5] [note], e.g. /checkin 4 rough week but ok',
  access: 'member',
  scope: 'group',
  options: [
    { name: 'mood', description: '1 struggling, 2 low, 3 okay, 4 good, 5 great', type: 'integer', min: 1, max: 5 },
    { name: 'note', description: 'A few words, if you like (private unless you share it)', type: 'string', rest: true, maxLength: MAX_NOTE },
    { name: 'share', description: 'Share the note with the group?', type: 'string', choices: ['yes', 'no'] },
  ],
  async run(ctx, args) {
    const rawMood = str(args.mood);
    if (!rawMood) {
      // Asking marks them seen: the buttons remember that they came back after a quiet spell.
      const back = await cameBack(ctx);
      const choices = moodChoices().map((c) => (back ? { ...c, id: `${c.id}:${BACK}` } : c));
      return [toPrivate('How are you this week? Tap the one that fits best.', { choices, inPlace: true })];
    }
    const mood = parseMood(rawMood);
    if (mood === null) {
      return [toPrivate(`I couldn't tell a mood from ${quoted(rawMood)}. Moods go ${moodScaleText()}. Tap one, or send it like /checkin 4 rough week but ok`, { choices: moodChoices(), inPlace: true })];
    }
    return record(ctx, mood, str(args.note) || null, wantsShare(args), { back: await cameBack(ctx) });
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      const mood = data[0] === 'mood' ? Number(data[1]) : NaN;
      if (!(mood >= 1 && mood <= 5)) return [toPrivate("Sorry, that button doesn't work any more. Send /checkin to check in.", { inPlace: true })];
      // A tap on buttons the group sees (the weekly prompt) is a check-in in the group.
      return record(ctx, mood, null, false, { tapped: true, inGroup: data[2] === 'group' && !ctx.inPrivateChat, back: data[2] === BACK || (await cameBack(ctx)) });
    },
  },
  forms: {
    access: 'member',
    async run(ctx, data, values) {
      if (data[0] === 'note') return noteAdded(ctx, Number(data[1]), str(values.note));
      const mood = parseMood(str(values.mood));
      if (mood === null) throw new KindError(`Moods go ${moodScaleText()}.`);
      return record(ctx, mood, str(values.note) || null, /^(y|yes|share)$/i.test(str(values.share)), { back: await cameBack(ctx) });
    },
  },
};

/** Marks mood buttons offered to someone who came back after a quiet spell. */
const BACK = 'b';

/** Quiet for a long while before this action (ctx.member is the row from before it marked them seen). */
const cameBack = (ctx: CommandContext) => backAfterQuiet(ctx.core.db, ctx.group!, ctx.member!, ctx.core.clock.now());

/** After a tap: a few words, if they like, kept privately with that check-in. */
function noteForm(checkinId: number): Form {
  return { id: `checkin:note:${checkinId}`, title: 'A few words', fields: [{ id: 'note', label: 'A few words', long: true, required: true, maxLength: MAX_NOTE }] };
}

async function noteAdded(ctx: CommandContext, checkinId: number, note: string): Promise<Reply[]> {
  const saved = Number.isInteger(checkinId) ? await addNote(ctx.core, ctx.person.id, checkinId, note) : undefined;
  if (!saved) return [toPrivate("I couldn't find that check-in any more. Send /checkin to check in again.", { inPlace: true })];
  return [toPrivate('Thank you. I added your words to your check-in: they are private, only you can see them, and nobody reads them.')];
}

function wantsShare(args: Args): boolean {
  return /^(y|yes|true|share)$/i.test(str(args.share));
}

async function record(ctx: CommandContext, mood: number, note: string | null, share: boolean, how: { tapped?: boolean; inGroup?: boolean; back?: boolean } = {}): Promise<Reply[]> {
  // Anything typed where the group can read it is already shared.
  const shared = share || (!!note && ctx.seenByGroup);
  const res = await checkIn(ctx.core, ctx.group!, ctx.member!, mood, note, shared, ctx.seenByGroup, ctx.seenByGroup || !!how.inGroup);
  // The week's prompt shows how many have checked in; a failed edit never fails the check-in.
  await queueTallyEdit(ctx.core, ctx.group!, res.checkin.week).catch((err) => ctx.core.log.warn({ group: ctx.group!.id, err: err instanceof Error ? err.name : typeof err }, 'tally edit not queued'));
  const replies: Reply[] = [];
  const thanks = res.updated ? 'Updated your check-in for this week.' : how.back ? "It's good to see you. Thank you for checking in." : 'Thank you for checking in.';
  const noteWord = !note ? '' : shared ? ' Your note is shared with the group.' : ' Your note is private: only you can see it, and nobody reads it.';
  // Their own check-in (and whether it updated an earlier, maybe private, one) is answered privately.
  replies.push(toPrivate(`${thanks} ${MOODS[mood].emoji}${noteWord}`));
  // A tap says how; the private chat is where a few words can follow, if they like.
  if (how.tapped && !note) replies.push(toPrivate('Would you like to add a few words? Only you will see them.', { form: noteForm(res.checkin.id), optional: true }));
  if (res.tellSharedOnce)
    replies.push(
      toPrivate('Just so you know: anything typed in the group chat can be read by the group, so notes typed there count as shared. For a private note, send /checkin to me in a private chat.', {
        inPlace: true,
        privateLink: privateLinkFor('checkin', ctx.group!.id),
      }),
    );
  if (note && shared && !ctx.seenByGroup) replies.push(toGroup(`${bold(ctx.person.display_name)} shared: ${plain(note)}`));
  if (res.crisisList) replies.push(toPrivate(`I'm sorry this week is so hard. You don't have to carry it alone.\n\n${res.crisisList}\n\nSend /support any time to see this list again.`));
  else if (res.crisisPointer) replies.push(toPrivate(`I'm sorry this week is so hard. ${res.crisisPointer}`));
  return replies;
}

export default checkin;
