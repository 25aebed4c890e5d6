import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next*/**", ".data*/**", "node_modules/**", "next-env.d.ts", "db/migrations/**", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The layering rule: app -> server/routers -> server/domain -> db. contract/ (input schemas, limits and value
    // lists) sits beside them all: every layer may import it, and it imports only zod and itself.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@/db", "@/db/*", "**/db/*"], message: "Pages go through tRPC; they never touch db/." },
        { group: ["@/server/domain/*"], message: "Pages go through tRPC routers, not the domain layer." },
        { group: ["@/server/jobs/*"], message: "Pages go through tRPC routers; jobs are queued by the domain." },
      ] }],
    },
  },
  {
    files: ["server/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@trpc/*", "next", "next/*", "next-auth", "next-auth/*", "@/server/routers/*", "@/server/trpc"], message: "Domain code knows nothing of HTTP or tRPC." },
      ] }],
    },
  },
  {
    // Domain code declares jobs and queues them, nothing more: the worker, pg-boss and its set-up sit above it (tests
    // may start a worker). This block repeats the one above because a later rule replaces an earlier one's options.
    files: ["server/domain/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [
        { name: "pg-boss", message: "Domain code queues jobs through @/server/jobs/enqueue." },
      ], patterns: [
        { group: ["@trpc/*", "next", "next/*", "next-auth", "next-auth/*", "@/server/routers/*", "@/server/trpc"], message: "Domain code knows nothing of HTTP or tRPC." },
        { group: ["@/server/jobs/*", "!@/server/jobs/define-job", "!@/server/jobs/enqueue", "**/jobs/*", "!**/jobs/define-job", "!**/jobs/enqueue"], message: "Domain code may import only @/server/jobs/define-job and @/server/jobs/enqueue." },
      ] }],
    },
  },
  {
    // The queue sits beside the domain: it knows nothing of HTTP, tRPC or pages.
    files: ["server/jobs/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@trpc/*", "next", "next/*", "next-auth", "next-auth/*", "@/server/routers/*", "@/server/trpc", "@/app/*"], message: "Jobs know nothing of HTTP, tRPC or pages." },
      ] }],
    },
  },
  {
    files: ["contract/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { regex: "^(?!zod$|\\./[a-z-]+$|@/contract/[a-z-]+$)", message: "contract/ imports only zod and other contract/ files, so pages, routers, domain and db can all share it." },
      ] }],
    },
  },
  {
    // db/ is the bottom layer: the schema, migrations, client and migrator import nothing above them (the demo seed,
    // which writes through the domain, lives in server/seed/).
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@/app/*", "@/server/*", "**/app/*", "**/server/*"], message: "db/ is the bottom layer: nothing in it imports app/ or server/." },
        { group: ["@/contract/*", "**/contract/*", "!**/contract/values"], message: "db/ takes only the value lists (contract/values) from contract/." },
      ] }],
    },
  },
  {
    files: ["server/routers/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["drizzle-orm", "drizzle-orm/*"], message: "Routers stay thin: queries live in server/domain." },
      ] }],
    },
  },
]);
