/** An error answered to the bot as `{ ok: false, error_code, description, parameters? }`. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number; migrate_to_chat_id?: number },
  ) {
    super(`${code}: ${description}`);
  }
}

export const badRequest = (what: string) => new ApiError(400, `Bad Request: ${what}`);
export const forbidden = (what: string) => new ApiError(403, `Forbidden: ${what}`);

export const ERR = {
  chatNotFound: () => badRequest('chat not found'),
  userNotFound: () => badRequest('user not found'),
  textEmpty: () => badRequest('message text is empty'),
  tooLong: () => badRequest('message is too long'),
  captionTooLong: () => badRequest('message caption is too long'),
  buttonData: () => badRequest('BUTTON_DATA_INVALID'),
  queryTooOld: () => badRequest('query is too old and response timeout expired or query ID is invalid'),
  cantInitiate: () => forbidden("bot can't initiate conversation with a user"),
  blocked: () => forbidden('bot was blocked by the user'),
  conflict: () =>
    new ApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running'),
  migrated: (to: number) =>
    new ApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: to }),
  tooMany: (retryAfter: number) =>
    new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter }),
};
