import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { createCaller } from "@/server/routers/_app";
import { createInnerContext } from "@/server/trpc";

export const TEST_PASSWORD = "correct-horse-battery";
let passwordHash: Promise<string> | undefined;

/** Inserts a user directly (hashing once per file, to keep tests quick). */
export async function makeUser(db: Db, overrides: Partial<typeof users.$inferInsert> = {}) {
  passwordHash ??= hash(TEST_PASSWORD);
  const tag = randomUUID().slice(0, 8);
  const [user] = await db
    .insert(users)
    .values({ email: `runner-${tag}@example.test`, name: `Runner ${tag}`, passwordHash: await passwordHash, ...overrides })
    .returning();
  return user!;
}

/** A server-side tRPC caller acting as the given user (or signed out with null). */
export function callerFor(db: Db, user: { id: string } | null, ip = "127.0.0.1") {
  return createCaller(createInnerContext({ db, user: user ? { id: user.id } : null, ip }));
}
