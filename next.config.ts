import { withSerwist } from "@serwist/turbopack";
import type { NextConfig } from "next";

const config: NextConfig = {
  // PGlite resolves its WASM files from its own package path; bundling breaks that.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  // Lets parallel builds (e2e runs, benchmarks) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole tree first; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The service worker (app/sw.ts, bundled by Serwist's route) at the site's root, so it controls every page.
  async rewrites() {
    return [{ source: "/sw.js", destination: "/serwist/sw.js" }];
  },
};

export default withSerwist(config);
