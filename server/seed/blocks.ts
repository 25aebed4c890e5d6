import { and, asc, eq, inArray } from "drizzle-orm";
import { assignBlock } from "@/server/domain/blocks/assign-block";
import { addDays, todayIn } from "@/server/domain/days";
import { refreshBlockSummary } from "@/server/domain/blocks/refresh-block-summary";
import { ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import type { Db } from "@/db/client";
import { blockDays, clubs, recoveryBlocks, users } from "@/db/schema";
import type { SeedBase } from "./accounts";

/** Built-in templates (upserted by key), and Ria on a down week with a few days behind her. Idempotent. */
export async function seedDemoBlocks(db: Db, base: SeedBase): Promise<void> {
  await ensureBuiltInTemplates(db);
  const riaId = base.userIds["ria@demo.runforward.app"];
  const coachId = base.userIds["coach@demo.runforward.app"];
  if (!riaId || !coachId) return;
  const [existing] = await db
    .select({ id: recoveryBlocks.id })
    .from(recoveryBlocks)
    .where(and(eq(recoveryBlocks.athleteId, riaId), eq(recoveryBlocks.clubId, base.clubId)))
    .limit(1);
  if (existing) return;
  const [club] = await db.select({ id: clubs.id, name: clubs.name }).from(clubs).where(eq(clubs.id, base.clubId));
  const [ria] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, riaId));
  const start = addDays(todayIn(ria!.timeZone), -3);
  const { created } = await assignBlock(db, club!, coachId, {
    athleteIds: [riaId],
    template: "down-week",
    startDate: start,
    note: "Three solid build weeks: time to absorb them. Keep every run easy this week.",
    reason: "Planned down week after a build",
    onExisting: "keep",
  });
  const blockId = created[0]?.blockId;
  if (!blockId) return;
  const days = await db.select({ id: blockDays.id }).from(blockDays).where(eq(blockDays.blockId, blockId)).orderBy(asc(blockDays.date)).limit(3);
  const [d0, d1, d2] = days;
  await db.update(blockDays).set({ status: "done", feel: 4, athleteNote: "Felt easy, as it should.", completedAt: new Date() }).where(inArray(blockDays.id, [d0!.id, d1!.id]));
  await db.update(blockDays).set({ status: "partial", feel: 3, athleteNote: "Cut it a bit short.", completedAt: new Date() }).where(eq(blockDays.id, d2!.id));
  await refreshBlockSummary(db, [blockId]);
}
