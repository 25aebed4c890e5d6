import { z } from "zod";
import { NOTIFICATION_TOPICS } from "@/contract/values";

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

// What a push carries. Checked when it is queued, so a bad message fails its caller instead of a job later.
export const pushMessage = z.object({
  userId: z.uuid(),
  // Notifications show a line or two; longer text is cut rather than failing the write that queued it.
  title: z.string().trim().min(1).transform((v) => clip(v, 120)),
  body: z.string().transform((v) => clip(v, 400)),
  // Only a path on this site: the service worker opens it, and it must never send anyone elsewhere.
  href: z.string().regex(/^\/(?!\/)[^\s\\]*$/, "must be a path on this site, like /today").max(500).nullish(),
  topic: z.enum(NOTIFICATION_TOPICS),
  onceKey: z.string().min(1).max(200).optional(),
});
export type PushMessage = z.input<typeof pushMessage>;
export type CheckedPushMessage = z.output<typeof pushMessage>;

/** The JSON public/sw.js reads: the tag lets a repeat of the same message replace the first instead of stacking. */
export function pushPayload(msg: PushMessage): string {
  return JSON.stringify({
    title: msg.title,
    body: msg.body,
    href: msg.href ?? "/notifications",
    tag: msg.onceKey ? `${msg.topic}:${msg.onceKey}` : msg.topic,
  });
}
