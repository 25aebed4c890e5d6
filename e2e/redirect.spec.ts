import { expect, test } from "./test";
import { signOut, signUp, uniqueEmail } from "./helpers";

// Issue 17: the callback after sign-in stays on this app however it is disguised. "/\t/evil.example/" once got past
// the check and the browser's URL parser turned it into "//evil.example/".
const PASSWORD = "a-strong-password";

async function signInAt(page: import("@playwright/test").Page, path: string, email: string) {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("sign-in follows a callback only to a page of this app", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Never reach out to the other host, whatever happens: a request there is recorded and refused.
  const offsite: string[] = [];
  await page.route((url) => url.origin !== origin, (route) => {
    offsite.push(route.request().url());
    return route.abort();
  });

  const email = uniqueEmail("redirect");
  await signUp(page, "Redirect Tester", email, PASSWORD);
  await signOut(page);

  await signInAt(page, "/signin?callbackUrl=%2F%09%2Fevil.example%2F", email);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expect(page).toHaveURL(`${origin}/today`);
  expect(offsite).toEqual([]);

  await signOut(page);
  await signInAt(page, "/signin?callbackUrl=%2Fgoals", email);
  await expect(page).toHaveURL(`${origin}/goals`);
  expect(offsite).toEqual([]);
});
