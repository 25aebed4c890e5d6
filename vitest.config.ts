import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: ["server/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    // Faults only a PostgreSQL server can have (a lost connection); they run when TEST_DATABASE_URL (or DATABASE_URL) names one, as the tests do (server/test/test-db.ts).
    exclude: process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? [] : ["**/*.postgres.test.ts", "**/node_modules/**"],
    // Each file opens its own fresh database; PGlite takes a few seconds to boot under load.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    server: { deps: { inline: ["server-only"] } },
  },
});
