import { backAfterQuiet } from '../src/core/absence.js';
import { MAX_NOTE, MOODS, addNote, checkIn, moodChoices, moodScaleText, parseMood } from '../src/core/checkins.js';
import { KindError } from '../src/core/core.js';
import { queueTallyEdit } from '../src/core/prompts.js';
import { supportPointer, supportText } from '../src/core/support.js';
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
      const choices = moodChoices('private', ctx.words).map((c) => (back ? { ...c, id: `${c.id}:${BACK}` } : c));
      return [toPrivate(ctx.words.t('checkin-ask'), { choices, inPlace: true })];
    }
    const mood = parseMood(rawMood);
    if (mood === null) {
      return [toPrivate(ctx.words.t('checkin-unknown', { typed: quoted(rawMood), scale: moodScaleText(ctx.words) }), { choices: moodChoices('private', ctx.words), inPlace: true })];
    }
    return record(ctx, mood, str(args.note) || null, wantsShare(args), { back: await cameBack(ctx) });
  },
  choices: {
    access: 'member',
    async run(ctx, data) {
      const mood = data[0] === 'mood' ? Number(data[1]) : NaN;
      if (!(mood >= 1 && mood <= 5)) return [toPrivate(ctx.words.t('checkin-old-button'), { inPlace: true })];
      // A tap on buttons the group sees (the weekly prompt) is a check-in in the group.
      return record(ctx, mood, null, false, { tapped: true, inGroup: data[2] === 'group' && !ctx.inPrivateChat, back: data[2] === BACK || (await cameBack(ctx)) });
    },
  },
  forms: {
    access: 'member',
    async run(ctx, data, values) {
      if (data[0] === 'note') return noteAdded(ctx, Number(data[1]), str(values.note));
      const mood = parseMood(str(values.mood));
      if (mood === null) throw new KindError(ctx.words.t('checkin-moods', { scale: moodScaleText(ctx.words) }));
      return record(ctx, mood, str(values.note) || null, /^(y|yes|share)$/i.test(str(values.share)), { back: await cameBack(ctx) });
    },
  },
};

/** Marks mood buttons offered to someone who came back after a quiet spell. */
const BACK = 'b';

/** Quiet for a long while before this action (ctx.member is the row from before it marked them seen). */
const cameBack = (ctx: CommandContext) => backAfterQuiet(ctx.core.db, ctx.group!, ctx.member!, ctx.core.clock.now());

/** After a tap: a few words, if they like, kept privately with that check-in. */
function noteForm(checkinId: number, title: string): Form {
  return { id: `checkin:note:${checkinId}`, title, fields: [{ id: 'note', label: title, long: true, required: true, maxLength: MAX_NOTE }] };
}

async function noteAdded(ctx: CommandContext, checkinId: number, note: string): Promise<Reply[]> {
  const saved = Number.isInteger(checkinId) ? await addNote(ctx.core, ctx.person.id, checkinId, note, ctx.words) : undefined;
  if (!saved) return [toPrivate(ctx.words.t('checkin-note-gone'), { inPlace: true })];
  return [toPrivate(ctx.words.t('checkin-note-added'))];
}

function wantsShare(args: Args): boolean {
  return /^(y|yes|true|share)$/i.test(str(args.share));
}

async function record(ctx: CommandContext, mood: number, note: string | null, share: boolean, how: { tapped?: boolean; inGroup?: boolean; back?: boolean } = {}): Promise<Reply[]> {
  // Anything typed where the group can read it is already shared.
  const shared = share || (!!note && ctx.seenByGroup);
  const res = await checkIn(ctx.core, ctx.group!, ctx.member!, mood, note, shared, ctx.seenByGroup, ctx.seenByGroup || !!how.inGroup, ctx.words);
  // The week's prompt shows how many have checked in; a failed edit never fails the check-in.
  await queueTallyEdit(ctx.core, ctx.group!, res.checkin.week).catch((err) => ctx.core.log.warn({ group: ctx.group!.id, err: err instanceof Error ? err.name : typeof err }, 'tally edit not queued'));
  const replies: Reply[] = [];
  const w = ctx.words;
  const thanks = w.t(res.updated ? 'checkin-updated' : how.back ? 'checkin-welcome-back' : 'checkin-thanks');
  const noteWord = !note ? '' : ` ${w.t(shared ? 'checkin-note-shared' : 'checkin-note-private')}`;
  // Their own check-in (and whether it updated an earlier, maybe private, one) is answered privately.
  replies.push(toPrivate(`${thanks} ${MOODS[mood].emoji}${noteWord}`));
  // A tap says how; the private chat is where a few words can follow, if they like.
  if (how.tapped && !note) replies.push(toPrivate(w.t('checkin-add-words'), { form: noteForm(res.checkin.id, w.t('checkin-few-words')), optional: true }));
  if (res.tellSharedOnce)
    replies.push(
      toPrivate(w.t('checkin-typed-in-group'), {
        inPlace: true,
        privateLink: privateLinkFor('checkin', ctx.group!.id),
      }),
    );
  if (note && shared && !ctx.seenByGroup) replies.push(toGroup(ctx.groupWords.t('checkin-shared', { name: bold(ctx.person.display_name), note: plain(note) })));
  const g = ctx.group!;
  // Help in the words of the person who needs it, for the group's region.
  if (res.crisis === 'list') replies.push(toPrivate(`${w.t('checkin-hard-week')}\n\n${supportText(ctx.core.helplines, g.region, g.nation, g.audience, w)}\n\n${w.t('checkin-list-again')}`));
  else if (res.crisis === 'pointer') replies.push(toPrivate(`${w.t('checkin-hard-week-short')} ${supportPointer(ctx.core.helplines, g.region, w)}`));
  return replies;
}

export default checkin;
