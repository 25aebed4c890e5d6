import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpush from "web-push";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "@/server/env";
import { vapidFrom } from "./vapid";

const dir = () => mkdtempSync(path.join(tmpdir(), "rf-vapid-"));
const base = { AUTH_SECRET: "x".repeat(32) };

describe("VAPID keys", () => {
  it("come from the environment when both are set, with the subject given or mailto: the sender", () => {
    const keys = webpush.generateVAPIDKeys();
    const settings = parseEnv({ ...base, VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey, MAIL_FROM: "Run Forward <hello@club.example>" });
    expect(vapidFrom(settings, dir())).toEqual({ ...keys, subject: "mailto:hello@club.example" });
    expect(vapidFrom({ ...settings, VAPID_SUBJECT: "https://club.example" }, dir()).subject).toBe("https://club.example");
  });

  it("are generated once into a private git-ignored file when unset, and the same pair is read back after a restart", () => {
    const where = dir();
    const first = vapidFrom(parseEnv(base), where);
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(vapidFrom(parseEnv(base), where)).toEqual(first);
    const file = path.join(where, ".vapid-keys.json");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ publicKey: first.publicKey, privateKey: first.privateKey });
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(readFileSync(path.resolve(import.meta.dirname, "../../.gitignore"), "utf8").split("\n")).toContain(".vapid-keys.json");
  });

  it("refuse half a pair, a malformed key and a subject that is neither mailto: nor https, naming the setting", () => {
    const { publicKey } = webpush.generateVAPIDKeys();
    expect(() => parseEnv({ ...base, VAPID_PUBLIC_KEY: publicKey })).toThrow(/VAPID_PRIVATE_KEY: set both VAPID keys/);
    expect(() => vapidFrom({ ...parseEnv(base), VAPID_PUBLIC_KEY: publicKey }, dir())).toThrow(ConfigError);
    expect(() => parseEnv({ ...base, VAPID_PUBLIC_KEY: "not-a-key" })).toThrow(/VAPID_PUBLIC_KEY/);
    expect(() => parseEnv({ ...base, VAPID_PRIVATE_KEY: "short" })).toThrow(/VAPID_PRIVATE_KEY/);
    expect(() => parseEnv({ ...base, VAPID_SUBJECT: "http://club.example" })).toThrow(/VAPID_SUBJECT/);
  });
});
