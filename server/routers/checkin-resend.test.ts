// A check-in queued on a phone while offline is sent again when the connection returns, maybe from two tabs at once
// or twice after a lost answer. The same idempotency key must write once and answer with the first result.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { v4 as newKey } from "uuid";
import { checkins } from "@/db/schema";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

describe("checkins.save with an idempotency key", () => {
  it("answers a resend with the first result and writes one check-in", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    const idempotencyKey = newKey();
    const first = await api.checkins.save({ ...checkinInput({ note: "sent from the bus" }), idempotencyKey });
    const again = await api.checkins.save({ ...checkinInput({ note: "sent from the bus" }), idempotencyKey });
    expect(first.created).toBe(true);
    // A replay, not an edit: an edit would answer created: false.
    expect(again).toEqual(first);
    const rows = await t.db.select().from(checkins).where(eq(checkins.userId, me.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe("sent from the bus");
  });

  it("writes once when two tabs send the same key at the same moment", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    const idempotencyKey = newKey();
    const [a, b] = await Promise.all([
      api.checkins.save({ ...checkinInput({ mood: 2 }), idempotencyKey }),
      api.checkins.save({ ...checkinInput({ mood: 2 }), idempotencyKey }),
    ]);
    expect(a.id).toBe(b.id);
    expect(a.created && b.created).toBe(true);
    expect(await t.db.select().from(checkins).where(eq(checkins.userId, me.id))).toHaveLength(1);
  });

  it("keeps a refused check-in unwritten, so its key can be sent again once fixed", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me);
    const idempotencyKey = newKey();
    await expectTRPCError(api.checkins.save({ ...checkinInput({ restingHr: 500 }), idempotencyKey }), "BAD_REQUEST", "restingHr");
    expect(await t.db.select().from(checkins).where(eq(checkins.userId, me.id))).toHaveLength(0);
    const fixed = await api.checkins.save({ ...checkinInput({ restingHr: 50 }), idempotencyKey });
    expect(fixed.created).toBe(true);
  });

  it("is another person's key only for that person: someone else's save with it is their own", async () => {
    const me = await makeUser(t.db);
    const other = await makeUser(t.db);
    const idempotencyKey = newKey();
    await callerFor(t.db, me).checkins.save({ ...checkinInput(), idempotencyKey });
    const theirs = await callerFor(t.db, other).checkins.save({ ...checkinInput({ note: "mine" }), idempotencyKey });
    expect(theirs.created).toBe(true);
    expect(await t.db.select().from(checkins).where(eq(checkins.userId, other.id))).toHaveLength(1);
  });
});
