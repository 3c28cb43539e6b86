import type { Form } from '../core/reply.js';

// Forms as follow-up questions, for platforms without modals (Telegram, the console):
// one question at a time; "-" skips an optional field.

interface Pending {
  form: Form;
  values: Record<string, string>;
  index: number;
}

export type FollowUpStep =
  | { done: false; question: string }
  | { done: true; formId: string; values: Record<string, string> };

export class FollowUps {
  private pending = new Map<string, Pending>();

  /** Begin a form for one person in one chat; returns the first question. */
  start(key: string, form: Form): string {
    this.pending.set(key, { form, values: {}, index: 0 });
    return this.question(form, 0);
  }

  has(key: string): boolean {
    return this.pending.has(key);
  }

  cancel(key: string): void {
    this.pending.delete(key);
  }

  /** An answer to the current question, or null when no form is waiting for this person. */
  answer(key: string, text: string): FollowUpStep | null {
    const p = this.pending.get(key);
    if (!p) return null;
    const field = p.form.fields[p.index];
    const value = text.trim();
    if (value === '-' || value === '') {
      if (field.required) return { done: false, question: `This one is needed. ${this.question(p.form, p.index)}` };
    } else {
      if (field.maxLength && value.length > field.maxLength)
        return { done: false, question: `That's a little long (up to ${field.maxLength} characters, please). ${this.question(p.form, p.index)}` };
      p.values[field.id] = value;
    }
    p.index++;
    if (p.index < p.form.fields.length) return { done: false, question: this.question(p.form, p.index) };
    this.pending.delete(key);
    return { done: true, formId: p.form.id, values: p.values };
  }

  private question(form: Form, i: number): string {
    const f = form.fields[i];
    return `${f.label}${f.required ? '' : ' (or - to skip)'}?`;
  }
}
