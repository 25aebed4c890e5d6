// Every spec imports `test` and `expect` from here, so checks that run on every page (accessibility) live in one place.
export { expect, test } from "@playwright/test";
