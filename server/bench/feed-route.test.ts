import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

// next-auth needs Next's request scope; the session and the app's database are stood in for here.
const state = vi.hoisted(() => ({ userId: null as string | null, db: null as unknown }));
vi.mock("@/server/auth", () => ({ currentUserId: async () => state.userId }));
vi.mock("@/server/db", () => ({ getDb: async () => state.db }));
// The app reads its settings once at start-up; here each request reads them afresh, so one test can try each value.
vi.mock("@/server/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/env")>();
  return { ...real, env: () => real.parseEnv({ ...process.env, AUTH_SECRET: "bench-route-test-secret".repeat(2) }) };
});

const { benchFeedGET } = await import("./feed-route");

const request = (query: string) => new Request(`http://localhost/api/bench/feed${query}`);
const clubInput = (privacy: "public" | "private") => ({
  name: "Bench",
  slug: `bench-${crypto.randomUUID().slice(0, 8)}`,
  description: "",
  area: "",
  timeZone: "UTC",
  privacy,
  joinPolicy: "open" as const,
});

describe("bench feed route", () => {
  const t = setupTestDb();
  const saved = process.env.RF_BENCH_ROUTES;
  beforeAll(async () => {
    state.db = t.db;
  });
  afterEach(() => {
    state.userId = null;
    if (saved === undefined) delete process.env.RF_BENCH_ROUTES;
    else process.env.RF_BENCH_ROUTES = saved;
  });

  it("answers 404 unless the server runs with RF_BENCH_ROUTES=1, so production never exposes it", async () => {
    const owner = await makeUser(t.db);
    const club = await callerFor(t.db, owner).clubs.create(clubInput("public"));
    state.userId = owner.id;
    for (const value of [undefined, "", "0", "true"]) {
      if (value === undefined) delete process.env.RF_BENCH_ROUTES;
      else process.env.RF_BENCH_ROUTES = value;
      expect((await benchFeedGET(request(`?clubId=${club.id}&limit=20`))).status).toBe(404);
    }
  });

  it("validates its input like feed.list", async () => {
    process.env.RF_BENCH_ROUTES = "1";
    for (const query of ["", "?clubId=nope", "?clubId=00000000-0000-4000-8000-000000000001&limit=0", "?clubId=00000000-0000-4000-8000-000000000001&limit=abc"]) {
      expect((await benchFeedGET(request(query))).status, query).toBe(400);
    }
  });

  it("checks the session and membership, then answers what feed.list answers", async () => {
    process.env.RF_BENCH_ROUTES = "1";
    const owner = await makeUser(t.db);
    const stranger = await makeUser(t.db);
    const open = await callerFor(t.db, owner).clubs.create(clubInput("public"));
    const hidden = await callerFor(t.db, owner).clubs.create(clubInput("private"));
    const url = (clubId: string) => request(`?clubId=${clubId}&limit=20`);

    expect((await benchFeedGET(url(open.id))).status).toBe(401);
    state.userId = stranger.id;
    expect((await benchFeedGET(url(open.id))).status).toBe(403);
    expect((await benchFeedGET(url(hidden.id))).status).toBe(404);
    state.userId = owner.id;
    const res = await benchFeedGET(url(open.id));
    expect(res.status).toBe(200);
    const viaTrpc = await callerFor(t.db, owner).feed.list({ clubId: open.id, limit: 20 });
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(viaTrpc)));
  });
});
