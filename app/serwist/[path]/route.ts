// Serves the service worker that Serwist bundles from app/sw.ts, with its precache list, built once by `next build`
// (a static route). next.config.ts rewrites /sw.js here, so the worker's scope is the whole site.
import { createSerwistRoute } from "@serwist/turbopack";

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // The README's screenshot is not part of the app.
  globIgnores: ["public/screenshot.png"],
  esbuildOptions: { format: "iife" },
});
