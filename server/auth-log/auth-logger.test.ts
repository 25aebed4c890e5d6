import { describe, expect, it } from "vitest";
import { CredentialsSignin, MissingSecret } from "@auth/core/errors";
import { authLogger } from "./auth-logger";

function capture() {
  const lines: { level: "error" | "warn"; text: string }[] = [];
  const logger = authLogger({
    error: (text) => lines.push({ level: "error", text }),
    warn: (text) => lines.push({ level: "warn", text }),
  });
  return { logger, lines };
}

describe("auth logger", () => {
  it("logs a wrong email or password as one line without a stack, email or password", () => {
    const { logger, lines } = capture();
    const refused = new CredentialsSignin("Read more at https://errors.authjs.dev#credentialssignin", {
      cause: { email: "ria@example.com", password: "hunter2-secret" },
    });
    logger.error(refused);
    expect(lines).toEqual([{ level: "warn", text: "[auth] sign-in refused: wrong email or password" }]);
    const all = lines.map((l) => l.text).join("\n");
    expect(all).not.toContain("ria@example.com");
    expect(all).not.toContain("hunter2-secret");
    expect(all).not.toMatch(/\n\s+at /);
  });

  it("logs the failed-attempt lock as one line too", () => {
    const { logger, lines } = capture();
    // As server/auth.ts's SignInLockedError: a CredentialsSignin with code "locked".
    class Locked extends CredentialsSignin {
      code = "locked";
    }
    logger.error(new Locked("Too many failed sign-ins. Try again in 12 minutes."));
    expect(lines).toEqual([{ level: "warn", text: "[auth] sign-in refused: too many failed attempts" }]);
  });

  it("keeps the name, message and stack of any other auth error", () => {
    const { logger, lines } = capture();
    logger.error(new MissingSecret("Please define a `secret`"));
    expect(lines[0]?.level).toBe("error");
    expect(lines[0]?.text).toMatch(/^\[auth\]\[error\] MissingSecret: Please define a `secret`/);
    expect(lines[1]?.text).toContain("auth-logger.test.ts");
    expect(lines).toHaveLength(2);
  });

  it("prints the cause's stack when Auth.js wraps one", () => {
    const { logger, lines } = capture();
    const inner = new Error("connection refused");
    logger.error(new Error("callback failed", { cause: { err: inner } }));
    expect(lines[0]?.text).toBe("[auth][error] Error: callback failed");
    expect(lines[1]?.text).toContain("[auth][cause] Error: connection refused");
  });
});
