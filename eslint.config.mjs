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
    // The layering rule: app -> server/routers -> server/domain -> db.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["@/db", "@/db/*", "**/db/*"], message: "Pages go through tRPC; they never touch db/." },
        { group: ["@/server/domain/*"], message: "Pages go through tRPC routers, not the domain layer." },
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
    files: ["server/routers/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["drizzle-orm", "drizzle-orm/*"], message: "Routers stay thin: queries live in server/domain." },
      ] }],
    },
  },
]);
