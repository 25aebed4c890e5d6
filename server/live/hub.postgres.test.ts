import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, type DbHandle } from "@/db/client";
import { publishLive } from "@/server/domain/live/publish-live";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb, testServerUrl } from "@/server/test/test-db";
import { liveHubFor } from "./hub";
import { readStream } from "./testing/read-stream";

/** A TCP hop in front of PostgreSQL that a test can cut (every connection dropped, new ones refused) and restore. */
async function cuttableProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      cut = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      cut = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const notifyOne = (db: DbHandle["db"], userId: string) =>
  publishLive(db, [{ kind: "notification", audience: "user", userId, refId: crypto.randomUUID() }]);

// The embedded database lives in the process and can't be unreachable; these are PostgreSQL's faults, so this file
// runs only against a PostgreSQL server (vitest.config.ts leaves *.postgres.test.ts out of the embedded run).
describe("the live hub when PostgreSQL goes away", () => {
  const t = setupTestDb();
  let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
  let app: DbHandle;

  beforeAll(async () => {
    const [row] = await t.query<{ name: string }>("select current_database() as name");
    const direct = new URL(testServerUrl()!);
    proxy = await cuttableProxy(direct);
    const viaProxy = new URL(direct);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    viaProxy.pathname = `/${row!.name}`;
    // The app instance reaches the database only through the proxy; the test writes directly.
    app = openPostgres(viaProxy.toString(), 3);
  });
  afterAll(async () => {
    await liveHubFor(app.db).stop();
    await app?.close();
    await proxy?.close();
  });

  it("ends every stream with SERVICE_UNAVAILABLE, refuses new ones while down, and comes back by itself", async () => {
    const user = await makeUser(t.db);
    const hub = liveHubFor(app.db);
    expect(await hub.ready(5_000)).toBe(true);
    const stream = readStream(await callerFor(app.db, user).live.mine());
    await notifyOne(t.db, user.id);
    const seen = await stream.until((e) => e.kind === "notification");

    proxy.cut();
    const cutAt = Date.now();
    await expect(stream.next(8_000)).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(Date.now() - cutAt).toBeLessThan(6_000);
    expect(hub.up).toBe(false);
    // Written while the instance was cut off: the browser must get it back from its last event id.
    await notifyOne(t.db, user.id);
    const whileDown = readStream(await callerFor(app.db, user).live.mine({ lastEventId: seen.at(-1)!.id }));
    await expect(whileDown.next(8_000)).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });

    proxy.restore();
    const restoredAt = Date.now();
    expect(await hub.ready(8_000)).toBe(true);
    expect(Date.now() - restoredAt).toBeLessThan(5_000);
    const resumed = readStream(await callerFor(app.db, user).live.mine({ lastEventId: seen.at(-1)!.id }));
    const [missed] = await resumed.until((e) => e.kind === "notification");
    expect(Number(missed!.id)).toBeGreaterThan(Number(seen.at(-1)!.id));
    // And events written after recovery arrive live.
    await notifyOne(t.db, user.id);
    await resumed.until((e) => Number(e.id) > Number(missed!.id));
    await Promise.all([stream.close(), whileDown.close(), resumed.close()]);
  });

  it("ends the streams when the listening connection alone is lost, as notifications may have been missed", async () => {
    const user = await makeUser(t.db);
    const hub = liveHubFor(app.db);
    expect(await hub.ready(8_000)).toBe(true);
    const stream = readStream(await callerFor(app.db, user).live.mine());
    await t.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%'`);
    await expect(stream.next(8_000)).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    // The driver listened again by itself: new streams work at once.
    expect(await hub.ready(5_000)).toBe(true);
    const again = readStream(await callerFor(app.db, user).live.mine());
    await notifyOne(t.db, user.id);
    await again.until((e) => e.kind === "notification");
    await Promise.all([stream.close(), again.close()]);
  });
});
