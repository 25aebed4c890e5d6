import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { ConfigError, env, type Env } from "@/server/env";

export type VapidDetails = { publicKey: string; privateKey: string; subject: string };

const KEY_FILE = ".vapid-keys.json";

// Like .auth-secret: a zero-setup start makes its own pair once and keeps it, so browsers' subscriptions survive a restart.
function localKeys(dir: string): { publicKey: string; privateKey: string } {
  const file = path.resolve(dir, KEY_FILE);
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, "utf8")) as { publicKey?: unknown; privateKey?: unknown };
    if (typeof saved.publicKey === "string" && typeof saved.privateKey === "string") {
      return { publicKey: saved.publicKey, privateKey: saved.privateKey };
    }
  }
  const keys = webpush.generateVAPIDKeys();
  writeFileSync(file, JSON.stringify(keys) + "\n", { mode: 0o600 });
  return keys;
}

function addressOf(mailFrom: string): string {
  return /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
}

/** The app's VAPID identity: from the environment, or generated into a git-ignored file in dir. */
export function vapidFrom(settings: Pick<Env, "VAPID_PUBLIC_KEY" | "VAPID_PRIVATE_KEY" | "VAPID_SUBJECT" | "MAIL_FROM">, dir: string): VapidDetails {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = settings;
  if (!publicKey !== !privateKey) {
    throw new ConfigError("Invalid configuration:\n  - VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY: set both (a pair from npx web-push generate-vapid-keys) or neither");
  }
  const keys = publicKey && privateKey ? { publicKey, privateKey } : localKeys(dir);
  return { ...keys, subject: settings.VAPID_SUBJECT ?? `mailto:${addressOf(settings.MAIL_FROM)}` };
}

const globalForVapid = globalThis as unknown as { __rfVapid?: VapidDetails };

export function vapid(): VapidDetails {
  globalForVapid.__rfVapid ??= vapidFrom(env(), process.cwd());
  return globalForVapid.__rfVapid;
}
