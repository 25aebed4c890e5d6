import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { keyset } from "./keyset";

const ID = "0b7e8f2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
const byTime = keyset("desc", { at: { on: sql`t.at`, type: "timestamp" }, id: { on: sql`t.id`, type: "uuid" } });
const mixed = keyset("asc", {
  need: { on: sql`need`, type: "int", order: "desc" },
  name: { on: sql`name`, type: "text" },
  day: { on: sql`day`, type: "date" },
});
const raw = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const sqlOf = (q: ReturnType<typeof byTime.after>) => new PgDialect().sqlToQuery(q!);

function refused(run: () => unknown) {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("BAD_REQUEST");
  expect(Object.keys((error as AppError).fieldErrors ?? {})).toEqual(["cursor"]);
}

describe("keyset cursors", () => {
  it("round-trips a position through an opaque, URL-safe cursor", () => {
    const position = { at: "2026-03-01T08:00:00.123456Z", id: ID };
    const cursor = byTime.encode(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(byTime.decode(cursor)).toEqual(position);
    const other = { need: -3, name: "Zoë O'Brien", day: "2026-02-28" };
    expect(mixed.decode(mixed.encode(other))).toEqual(other);
    expect(byTime.decode(null)).toBeNull();
    expect(byTime.decode(undefined)).toBeNull();
    expect(byTime.after(null)).toBeUndefined();
  });

  it("cuts a limit + 1 fetch into a page, without its cursorAt, and the cursor of its last row", () => {
    const rows = [1, 2, 3].map((i) => ({ id: `${ID.slice(0, -1)}${i}`, cursorAt: `2026-03-0${i}T00:00:00.000000Z`, title: `n${i}` }));
    const more = byTime.page(rows, 2, (r) => ({ at: r.cursorAt, id: r.id }));
    expect(more.items).toEqual([{ id: rows[0]!.id, title: "n1" }, { id: rows[1]!.id, title: "n2" }]);
    expect(byTime.decode(more.nextCursor)).toEqual({ at: rows[1]!.cursorAt, id: rows[1]!.id });
    expect(byTime.page(rows, 3, (r) => ({ at: r.cursorAt, id: r.id })).nextCursor).toBeNull();
    expect(byTime.page([], 3, (r: (typeof rows)[number]) => ({ at: r.cursorAt, id: r.id }))).toEqual({ items: [], nextCursor: null });
  });

  it("refuses, at the cursor field, any cursor it did not hand out", () => {
    const good = { at: "2026-03-01T08:00:00.123456Z", id: ID };
    for (const cursor of [
      "bogus", "%%%", raw("not json"), raw([good.at, good.id]), raw(null), raw(7),
      raw({ at: good.at }), raw({ ...good, extra: 1 }), raw({ at: good.at, ID: good.id }),
      raw({ ...good, at: "2026-02-30T08:00:00.000000Z" }), raw({ ...good, at: "2026-03-01T24:00:00.000000Z" }),
      raw({ ...good, at: "2026-03-01 08:00:00.123456+00" }), raw({ ...good, at: 1772352000000 }),
      raw({ ...good, id: "0".repeat(36) }), raw({ ...good, id: null }), byTime.encode(good).slice(1),
    ]) {
      refused(() => byTime.decode(cursor));
    }
    const fine = { need: 1, name: "a", day: "2026-03-01" };
    for (const bad of [
      { need: 2 ** 31 }, { need: -(2 ** 31) - 1 }, { need: 1.5 }, { need: "1" },
      { name: "a\u0000b" }, { name: "x".repeat(501) }, { name: 3 },
      { day: "2026-13-01" }, { day: "2026-02-29" }, { day: "0000-01-01" }, { day: "2026-3-1" },
    ]) {
      refused(() => mixed.decode(raw({ ...fine, ...bad })));
    }
  });

  it("builds one row comparison in the list's direction, casting each value to its key's type", () => {
    const q = sqlOf(byTime.after(byTime.encode({ at: "2026-03-01T08:00:00.123456Z", id: ID })));
    expect(q.sql).toBe("(t.at, t.id) < ($1::timestamptz, $2::uuid)");
    expect(q.params).toEqual(["2026-03-01T08:00:00.123456Z", ID]);
    const asc = keyset("asc", { at: { on: sql`t.at`, type: "timestamp" }, id: { on: sql`t.id`, type: "uuid" } });
    expect(sqlOf(asc.after(asc.encode({ at: "2026-03-01T08:00:00.123456Z", id: ID }))).sql).toBe("(t.at, t.id) > ($1::timestamptz, $2::uuid)");
  });

  it("spells out the comparison key by key when the directions differ", () => {
    const q = sqlOf(mixed.after(mixed.encode({ need: 5, name: "b", day: "2026-03-01" })));
    expect(q.sql).toBe("(need < $1::int or (need = $2::int and (name > $3 or (name = $4 and day > $5::date))))");
    expect(q.params).toEqual([5, 5, "b", "b", "2026-03-01"]);
  });
});
