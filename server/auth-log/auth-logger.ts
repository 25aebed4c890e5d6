// Auth.js's own error classes (next-auth re-exports these very ones), without loading Next.js.
import { AuthError, CredentialsSignin } from "@auth/core/errors";

type Write = (line: string) => void;

/** The name next-auth itself prints for an error: the Auth.js type for its own errors. */
function nameOf(error: Error): string {
  return error instanceof AuthError ? error.type : error.name;
}

/**
 * next-auth's logger. A refused sign-in (wrong email or password, or the failed-attempt limit) is an everyday event:
 * one line, no stack, and never the email or password (Auth.js puts neither in the error, and we print only our own
 * words). Any other auth error keeps next-auth's detail: its name, message, cause and stack.
 */
export function authLogger(write: { error: Write; warn: Write } = { error: console.error, warn: console.warn }) {
  return {
    error(error: Error) {
      if (error instanceof CredentialsSignin) {
        const why = error.code === "locked" ? "too many failed attempts" : "wrong email or password";
        write.warn(`[auth] sign-in refused: ${why}`);
        return;
      }
      write.error(`[auth][error] ${nameOf(error)}: ${error.message}`);
      const cause = error.cause;
      if (cause && typeof cause === "object" && "err" in cause && cause.err instanceof Error) {
        write.error(`[auth][cause] ${cause.err.stack ?? cause.err.message}`);
      } else if (error.stack) {
        write.error(error.stack);
      }
    },
    warn(code: string) {
      write.warn(`[auth][warn][${code}] Read more: https://warnings.authjs.dev`);
    },
  };
}
