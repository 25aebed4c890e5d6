/** The project's one typed error: domain code throws it, server/trpc.ts maps it to a tRPC code. */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE";

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

  static forbidden(message = "You don't have permission to do that."): AppError {
    return new AppError("FORBIDDEN", message);
  }
}
