// A queued message waits in pgboss.job (and its archive) as JSON. Account mail carries live links (a reset link is a
// password for an hour), so its content is sealed with a key derived from AUTH_SECRET: a copy of the database alone
// holds no working link, just as account_tokens holds only hashes.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "@/server/env";

function key(): Buffer {
  return createHash("sha256").update(`run-forward mail content\n${env().AUTH_SECRET}`).digest();
}

export function seal(value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The sealed value, or null when it can't be opened (AUTH_SECRET changed since it was queued, or it was altered). */
export function unseal<T>(sealed: string): T | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const text = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
