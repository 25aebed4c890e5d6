import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env";

describe("configuration", () => {
  it("names every bad setting", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", PORT: "99999", AUTH_SECRET: "abc" })).toThrowError(ConfigError);
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "99999", AUTH_SECRET: "abc" });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain("DATABASE_URL");
      expect(message).toContain("PORT");
      expect(message).toContain("AUTH_SECRET");
    }
  });

  it("treats blank values as unset and applies defaults", () => {
    const env = parseEnv({ DATABASE_URL: "", AUTH_SECRET: "x".repeat(40), PORT: "" });
    expect(env).toMatchObject({ DATABASE_URL: undefined, PORT: 3000, RF_DATA_DIR: "./.data", TRUST_PROXY: 0 });
  });

  it("reads TRUST_PROXY as a hop count and explains a bad one", () => {
    const secret = "x".repeat(40);
    expect(parseEnv({ AUTH_SECRET: secret, TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    for (const bad of ["yes", "true", "1.5", "-1", "11"]) {
      expect(() => parseEnv({ AUTH_SECRET: secret, TRUST_PROXY: bad }), bad).toThrowError(/TRUST_PROXY: (must be a whole number of proxy hops|at most 10)/);
    }
  });

  it("reads the sign-up limit per network, 20 an hour unless set", () => {
    const secret = "x".repeat(40);
    expect(parseEnv({ AUTH_SECRET: secret }).SIGNUP_LIMIT_PER_HOUR).toBe(20);
    expect(parseEnv({ AUTH_SECRET: secret, SIGNUP_LIMIT_PER_HOUR: "60" }).SIGNUP_LIMIT_PER_HOUR).toBe(60);
    for (const bad of ["0", "lots", "2.5"]) {
      expect(() => parseEnv({ AUTH_SECRET: secret, SIGNUP_LIMIT_PER_HOUR: bad }), bad).toThrowError(/SIGNUP_LIMIT_PER_HOUR: /);
    }
  });

  it("checks the mail settings, and links default to this machine on PORT", () => {
    const secret = "x".repeat(40);
    expect(parseEnv({ AUTH_SECRET: secret, PORT: "4100" })).toMatchObject({ SMTP_URL: undefined, APP_URL: "http://localhost:4100" });
    const set = parseEnv({ AUTH_SECRET: secret, SMTP_URL: "smtps://u:p@mail.example.com:465", MAIL_FROM: "Club <club@example.com>", APP_URL: "https://runs.example.com/" });
    expect(set).toMatchObject({ SMTP_URL: "smtps://u:p@mail.example.com:465", MAIL_FROM: "Club <club@example.com>", APP_URL: "https://runs.example.com" });
    try {
      parseEnv({ AUTH_SECRET: secret, SMTP_URL: "mail.example.com", MAIL_FROM: "not an address", APP_URL: "ftp://x" });
      expect.unreachable("bad mail settings must be refused");
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      for (const name of ["SMTP_URL", "MAIL_FROM", "APP_URL"]) expect(message).toContain(name);
    }
  });
});
