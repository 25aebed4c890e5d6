/** The project's one typed error: domain code throws it, server/trpc.ts maps it to a tRPC code. */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE";

/** The HTTP status of each code, for handlers that answer without tRPC. */
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Field-level messages, keyed by input field name, shown next to that field. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }

  static field(field: string, message: string, code: AppErrorCode = "BAD_REQUEST"): AppError {
    return new AppError(code, message, { [field]: [message] });
  }

  static notFound(what = "That"): AppError {
    return new AppError("NOT_FOUND", `${what} was not found.`);
  }

  /** The session names a user who has since deleted their account. */
  static accountGone(): AppError {
    return new AppError("UNAUTHORIZED", "Your account no longer exists. Please sign in again.");
  }

  static forbidden(message = "You don't have permission to do that."): AppError {
    return new AppError("FORBIDDEN", message);
  }
}
