// The one-click unsubscribe link carries who and which kind of mail, signed with AUTH_SECRET, so it works without a
// sign-in and can't be made up for someone else.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { NOTIFICATION_TOPICS, type NotificationTopic } from "@/contract/values";
import { env } from "@/server/env";

function signature(userId: string, topic: NotificationTopic): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`unsubscribe\n${userId}\n${topic}`).digest("base64url");
}

export function unsubscribeToken(userId: string, topic: NotificationTopic): string {
  return `${userId}.${topic}.${signature(userId, topic)}`;
}

const parts = z.tuple([z.uuid(), z.enum(NOTIFICATION_TOPICS), z.string().min(1)]);

/** Who and what a token stands for, or null when it is malformed or its signature doesn't match. */
export function readUnsubscribeToken(token: string): { userId: string; topic: NotificationTopic } | null {
  const parsed = parts.safeParse(token.split("."));
  if (!parsed.success) return null;
  const [userId, topic, given] = parsed.data;
  const expected = Buffer.from(signature(userId, topic));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, topic };
}
