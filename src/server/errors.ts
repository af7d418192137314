/**
 * An error the API answers with its status and message, as `{"error": {"status", "message"}}`.
 *
 * @example
 *   throw new ApiError(404, 'no article with id "x"');
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 421 | 500,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

export const errorBody = (status: number, message: string) => ({ error: { status, message } });
