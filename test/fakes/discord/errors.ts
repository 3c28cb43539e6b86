// Discord's JSON error responses: {code, message, errors?}.
export type FieldErrors = Record<string, any>;

export class ApiError extends Error {
  /** Extra response headers (Retry-After on a 429). */
  headers: Record<string, string> = {};
  /** Extra body fields (retry_after, global on a 429). */
  extra: Record<string, unknown> = {};
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FieldErrors,
  ) {
    super(message);
  }
  body(): Record<string, unknown> {
    const base = { message: this.message, code: this.code, ...this.extra };
    return this.errors ? { ...base, errors: this.errors } : base;
  }
}

export const Errors = {
  unauthorized: () => new ApiError(401, 0, '401: Unauthorized'),
  notFound: () => new ApiError(404, 0, '404: Not Found'),
  unknownChannel: () => new ApiError(404, 10003, 'Unknown Channel'),
  unknownGuild: () => new ApiError(404, 10004, 'Unknown Guild'),
  unknownMember: () => new ApiError(404, 10007, 'Unknown Member'),
  unknownMessage: () => new ApiError(404, 10008, 'Unknown Message'),
  unknownUser: () => new ApiError(404, 10013, 'Unknown User'),
  unknownWebhook: () => new ApiError(404, 10015, 'Unknown Webhook'),
  unknownCommand: () => new ApiError(404, 10063, 'Unknown application command'),
  unknownInteraction: () => new ApiError(404, 10062, 'Unknown interaction'),
  alreadyAcknowledged: () => new ApiError(400, 40060, 'Interaction has already been acknowledged.'),
  missingAccess: () => new ApiError(403, 50001, 'Missing Access'),
  missingPermissions: () => new ApiError(403, 50013, 'Missing Permissions'),
  cannotEditOthers: () => new ApiError(403, 50005, 'Cannot edit a message authored by another user'),
  emptyMessage: () => new ApiError(400, 50006, 'Cannot send an empty message'),
  dmsClosed: () => new ApiError(403, 50007, 'Cannot send messages to this user'),
  invalidWebhookToken: () => new ApiError(401, 50027, 'Invalid Webhook Token'),
  invalidRecipient: () => new ApiError(400, 50033, 'Invalid Recipient(s)'),
  invalidFormBody: (errors: FieldErrors) => new ApiError(400, 50035, 'Invalid Form Body', errors),
};

/** Collects field errors in Discord's nested `{a: {"0": {b: {_errors: [...]}}}}` shape. */
export class ErrorCollector {
  readonly errors: FieldErrors = {};
  add(path: (string | number)[], code: string, message: string): void {
    let node = this.errors;
    for (const key of path) node = node[String(key)] ??= {};
    (node._errors ??= []).push({ code, message });
  }
  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }
  throwIfAny(): void {
    if (!this.empty) throw Errors.invalidFormBody(this.errors);
  }
}
