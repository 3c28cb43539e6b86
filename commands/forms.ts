import { KindError, loggableError } from '../src/core/core.js';
import { type Form, type Reply, toPrivate } from '../src/core/reply.js';
import type { CommandContext, FieldCheck, FormEnv, FormHandler } from './command.js';
import type { App } from './dispatch.js';

// Forms are checked as they are filled in: follow-up questions (Telegram, console) check each
// answer and ask again for that one only; a whole form (a Discord modal) is checked before it
// runs, and a form with something to fix comes back with the good answers kept.

/** One answer to one field of form `formId` (follow-up questions call this per answer). */
export async function checkAnswer(app: App, formId: string, field: string, values: Record<string, string>): Promise<FieldCheck> {
  const [name, ...data] = formId.split(':');
  const forms = app.commands.get(name.toLowerCase())?.forms;
  if (!forms?.check) return { ok: true };
  return checkOne(forms, { core: app.core }, data, field, values);
}

async function checkOne(forms: FormHandler, env: FormEnv, data: string[], field: string, values: Record<string, string>): Promise<FieldCheck> {
  try {
    return await forms.check!(env, data, field, values);
  } catch (err) {
    if (err instanceof KindError) return { ok: false, problem: err.userMessage };
    env.core.log.warn({ err: loggableError(err), field }, 'form check failed');
    return { ok: true }; // the form's own run still checks everything
  }
}

/** A submitted form: every answer checked first; what needs fixing is said all at once. */
export async function runForm(forms: FormHandler, ctx: CommandContext, formId: string, values: Record<string, string>): Promise<Reply[]> {
  const data = formId.split(':').slice(1);
  if (!forms.check) return forms.run(ctx, data, values);
  const env: FormEnv = { core: ctx.core, group: ctx.group };
  const problems: { field: string; problem: string }[] = [];
  for (const field of forms.form ? forms.form.fields.map((f) => f.id) : Object.keys(values)) {
    if (!values[field]?.trim()) continue; // a missing answer: `run` says what is needed
    const r = await checkOne(forms, env, data, field, values);
    if (!r.ok) problems.push({ field, problem: r.problem });
  }
  if (!problems.length) return forms.run(ctx, data, values);
  const text = problems.length === 1 ? problems[0].problem : [ctx.words.t('forms-fix-these'), ...problems.map((p) => `• ${p.problem}`)].join('\n');
  const bad = new Set(problems.map((p) => p.field));
  return [toPrivate(text, { inPlace: true, ...(forms.form ? { form: refill({ ...forms.form, id: formId }, values, bad) } : {}) })];
}

/** The form again, with the good answers filled in and the ones to fix left empty. */
function refill(form: Form, values: Record<string, string>, bad: Set<string>): Form {
  return { ...form, fields: form.fields.map((f) => (bad.has(f.id) || !values[f.id]?.trim() ? { ...f, value: undefined } : { ...f, value: values[f.id] })) };
}
