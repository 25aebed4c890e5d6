// "Copy and edit" on a template writes nothing until the coach saves the form; saving writes exactly one template.
import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { blockTemplateDays, blockTemplates } from "@/db/schema";
import { ensureBuiltInTemplates } from "@/server/domain/templates/built-in-templates";
import { makeClubCast } from "@/server/test/club-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

beforeAll(async () => {
  await ensureBuiltInTemplates(t.db);
});

async function rowsOf(clubId: string) {
  const templates = await t.db.select().from(blockTemplates).where(eq(blockTemplates.clubId, clubId));
  const days = templates.length
    ? (await t.db.select().from(blockTemplateDays)).filter((d) => templates.some((x) => x.id === d.templateId))
    : [];
  return { templates, days };
}

describe("copying a template", () => {
  it("opening the copy writes no row; saving it writes exactly one, with the edits", async () => {
    const cast = await makeClubCast(t.db);
    const coach = callerFor(t.db, cast.coach);
    const builtIn = (await coach.templates.list({ clubId: cast.club.id })).find((x) => x.key === "post-half")!;

    const draft = await coach.templates.copyDraft({ clubId: cast.club.id, templateId: builtIn.id });
    await coach.templates.copyDraft({ clubId: cast.club.id, templateId: builtIn.id });
    expect(draft.name).toBe(`${builtIn.name} (copy)`);
    expect(draft.days.length).toBeGreaterThan(0);
    expect(await rowsOf(cast.club.id)).toEqual({ templates: [], days: [] });

    const idempotencyKey = randomUUID();
    const saved = { clubId: cast.club.id, ...draft, name: "Half recovery, our way", idempotencyKey };
    await coach.templates.create(saved);
    await coach.templates.create(saved);
    const { templates, days } = await rowsOf(cast.club.id);
    expect(templates.map((x) => x.name)).toEqual(["Half recovery, our way"]);
    expect(days).toHaveLength(draft.days.length);
  });

  it("copies a club's own template the same way, and is for the club's coaches only", async () => {
    const cast = await makeClubCast(t.db);
    const coach = callerFor(t.db, cast.coach);
    const own = await coach.templates.create({ clubId: cast.club.id, name: "Our down week", description: "", phase: "maintain", days: [{ kind: "easy_run", minutes: 30, notes: "" }] });
    expect((await coach.templates.copyDraft({ clubId: cast.club.id, templateId: own.id })).name).toBe("Our down week (copy)");
    await expectTRPCError(callerFor(t.db, cast.member).templates.copyDraft({ clubId: cast.club.id, templateId: own.id }), "FORBIDDEN");
    await expectTRPCError(coach.templates.copyDraft({ clubId: cast.club.id, templateId: randomUUID() }), "NOT_FOUND");
    expect((await rowsOf(cast.club.id)).templates).toHaveLength(1);
  });
});
