import { benchFeedGET } from "@/server/http/bench-feed-route";

// Benchmark-only (404 unless RF_BENCH_ROUTES=1); see server/http/bench-feed-route.ts.
export const dynamic = "force-dynamic";

export { benchFeedGET as GET };
