import { LIVE_AUDIENCES, LIVE_EVENT_KINDS, type LiveAudience, type LiveEvent } from "@/contract/live";

/** An event as stored and as NOTIFY carries it: the browser's LiveEvent plus its id and audience. */
export type StoredLiveEvent = LiveEvent & { id: string; audience: LiveAudience };

const KINDS = new Set<string>(LIVE_EVENT_KINDS);
const AUDIENCES = new Set<string>(LIVE_AUDIENCES);

function idOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** A NOTIFY payload as an event, or null for anything that isn't one (another app's message on the channel). */
export function parseLivePayload(payload: string): StoredLiveEvent | null {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof raw.id !== "string" || !/^\d{1,19}$/.test(raw.id)) return null;
  if (typeof raw.kind !== "string" || !KINDS.has(raw.kind)) return null;
  if (typeof raw.audience !== "string" || !AUDIENCES.has(raw.audience)) return null;
  return {
    id: raw.id,
    kind: raw.kind as StoredLiveEvent["kind"],
    audience: raw.audience as LiveAudience,
    clubId: idOrNull(raw.clubId),
    userId: idOrNull(raw.userId),
    refId: idOrNull(raw.refId),
  };
}

/** What a browser is sent: ids and kinds only. */
export function toLiveEvent(e: StoredLiveEvent): LiveEvent {
  return { kind: e.kind, clubId: e.clubId, userId: e.userId, refId: e.refId };
}
