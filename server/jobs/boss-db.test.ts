import { describe, expect, it } from "vitest";
import { setupTestDb } from "@/server/test/test-db";
import { bossDbOf } from "./boss-db";

const t = setupTestDb();

describe("pg-boss over the app's driver", () => {
  it("runs a script in a transaction of its own, and a failing one rolls back and leaves the connection usable", async () => {
    const boss = bossDbOf(t.db);
    await boss.executeSql("BEGIN;\n create table script_ok (n int);\n insert into script_ok values (1);\n COMMIT;");
    await expect(boss.executeSql("BEGIN;\n create table script_bad (n int);\n select 1 / 0;\n COMMIT;")).rejects.toThrow(/division by zero/);

    // The app's next statement runs normally (not inside an aborted transaction), and the failed script left nothing.
    expect(await t.query("select n from script_ok")).toEqual([{ n: 1 }]);
    expect(await t.query("select to_regclass('script_bad') as t")).toEqual([{ t: null }]);
  });

  it("passes parameters as pg would: undefined as NULL, an object as JSON", async () => {
    const { rows } = await bossDbOf(t.db).executeSql("select $1::int as missing, ($2::jsonb)->>'kind' as kind", [undefined, { kind: "reminder" }]);
    expect(rows).toEqual([{ missing: null, kind: "reminder" }]);
  });
});
