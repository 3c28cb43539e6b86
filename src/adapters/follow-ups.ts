import type { FieldCheck } from '../../commands/command.js';
import type { Core, Platform } from '../core/core.js';
import { dropQuestion, loadQuestion, saveQuestion } from '../core/pending-questions.js';
import type { Form } from '../core/reply.js';

// Forms as follow-up questions, for platforms without modals (Telegram, the console):
// one question at a time; "-" skips an optional field. Each answer is checked as it is given
// and only that question is asked again; the answers given so far are kept. Where they wait
// between answers is a store: the database (surviving a restart, lapsing after an hour), or memory.

/** Where a waiting form is kept between answers. Keys are `<chat>/<user>`. */
export interface FollowUpStore {
  get(key: string): Promise<Pending | undefined>;
  set(key: string, p: Pending): Promise<void>;
  delete(key: string): Promise<void>;
}

export class MemoryStore implements FollowUpStore {
  private readonly map = new Map<string, Pending>();
  async get(key: string) {
    const p = this.map.get(key);
    return p && (JSON.parse(JSON.stringify(p)) as Pending);
  }
  async set(key: string, p: Pending) {
    this.map.set(key, JSON.parse(JSON.stringify(p)) as Pending);
  }
  async delete(key: string) {
    this.map.delete(key);
  }
}

/** A question left unanswered this long lapses (the next message is read afresh). */
export const QUESTION_TTL_MS = 60 * 60_000;

/** In the database: a restart does not lose the question; /forgetme erases it with the person. */
export function databaseStore(core: Core, platform: Platform, ttlMs = QUESTION_TTL_MS): FollowUpStore {
  return {
    async get(key) {
      const state = await loadQuestion(core.db, platform, key, core.clock.now());
      return state === undefined ? undefined : (JSON.parse(state) as Pending);
    },
    async set(key, p) {
      const userId = key.slice(key.lastIndexOf('/') + 1);
      await saveQuestion(core.db, { platform, chatKey: key, userId, state: JSON.stringify(p), expiresAt: new Date(core.clock.now().getTime() + ttlMs) });
    },
    delete: (key) => dropQuestion(core.db, platform, key),
  };
}

/** Checks one answer (the dispatcher's form check); `values` includes it. */
export type AnswerCheck = (formId: string, field: string, values: Record<string, string>) => Promise<FieldCheck>;

export interface Pending {
  form: Form;
  values: Record<string, string>;
  index: number;
  /** Offered answers ("-" takes them), from earlier answers' checks. */
  suggested: Record<string, string>;
  /** Part of an answer understood so far: the next answer to that field is read after it. */
  kept: Record<string, string>;
  /** The next question in other words, from the previous answer's check. */
  ask?: string;
  /** The group (database id) a form started from a private button acts for. */
  actsForGroupId?: number;
}

export type FollowUpStep =
  | { done: false; question: string }
  | { done: true; formId: string; values: Record<string, string>; actsForGroupId?: number };

export class FollowUps {
  constructor(private readonly store: FollowUpStore = new MemoryStore()) {}

  /** Begin a form for one person in one chat; returns the first question. Answers it already holds are kept. */
  async start(key: string, form: Form, actsForGroupId?: number): Promise<string> {
    const values: Record<string, string> = {};
    for (const f of form.fields) if (f.value !== undefined) values[f.id] = f.value;
    const kept: Record<string, string> = {};
    for (const f of form.fields) if (f.keep) kept[f.id] = f.keep;
    const p: Pending = { form, values, index: 0, suggested: {}, kept, ...(actsForGroupId !== undefined ? { actsForGroupId } : {}) };
    p.index = nextIndex(p, 0);
    await this.store.set(key, p);
    return this.question(p);
  }

  async has(key: string): Promise<boolean> {
    return (await this.store.get(key)) !== undefined;
  }

  async cancel(key: string): Promise<void> {
    await this.store.delete(key);
  }

  /** An answer to the current question, or null when no form is waiting for this person. */
  async answer(key: string, text: string, check?: AnswerCheck): Promise<FollowUpStep | null> {
    const p = await this.store.get(key);
    if (!p) return null;
    const at = p.index;
    const field = p.form.fields[at];
    let value = text.trim();
    if (value === '-' || value === '') {
      value = p.suggested[field.id] ?? '';
      if (!value && field.required) return { done: false, question: `This one is needed. ${this.question(p)}` };
    }
    if (value) {
      if (field.maxLength && value.length > field.maxLength)
        return { done: false, question: `That's a little long (up to ${field.maxLength} characters, please). ${this.question(p)}` };
      if (p.kept[field.id]) value = `${p.kept[field.id]} ${value}`;
      const r = check ? await check(p.form.id, field.id, { ...p.values, [field.id]: value }) : ({ ok: true } as FieldCheck);
      const now = await this.store.get(key);
      if (!now || now.index !== at) return null; // answered twice at once: the first one counts
      if (!r.ok) {
        if (r.keep) {
          p.kept[field.id] = r.keep;
          await this.store.set(key, p);
          return { done: false, question: r.problem };
        }
        delete p.kept[field.id];
        await this.store.set(key, p);
        return { done: false, question: `${r.problem} ${this.question(p)}` };
      }
      delete p.kept[field.id];
      Object.assign(p.suggested, r.suggest ?? {});
      p.ask = r.ask;
      p.values[field.id] = value;
    }
    p.index = nextIndex(p, at + 1);
    if (p.index < p.form.fields.length) {
      await this.store.set(key, p);
      return { done: false, question: this.question(p) };
    }
    await this.store.delete(key);
    return { done: true, formId: p.form.id, values: p.values, actsForGroupId: p.actsForGroupId };
  }

  private question(p: Pending): string {
    const f = p.form.fields[p.index];
    if (!f) return '';
    const offered = p.suggested[f.id];
    const words = p.ask ?? `${f.label}?`;
    return offered ? `${words} (or - for ${offered})` : `${words}${f.required ? '' : ' (or - to skip)'}`;
  }
}

/** The first field from `from` on that has no answer yet. */
function nextIndex(p: Pending, from: number): number {
  let i = from;
  while (i < p.form.fields.length && p.values[p.form.fields[i].id] !== undefined) i++;
  return i;
}
