import { benchFeedGET } from "@/server/bench/feed-route";

// Benchmark-only (404 unless RF_BENCH_ROUTES=1); see server/bench/feed-route.ts.
export const dynamic = "force-dynamic";

export { benchFeedGET as GET };
