import net from "node:net";
import { expect, type Locator, type Page } from "@playwright/test";
import { FIXTURE_PASSWORD, type FixturePerson } from "./fixtures/cast";

export const DEMO_PASSWORD = "runforward-demo";
/** The demo accounts: for read-only looks around. A spec that changes something uses its own people (fixtures/cast.ts). */
export const DEMO = {
  coach: "coach@demo.runforward.app",
  ria: "ria@demo.runforward.app",
  sam: "sam@demo.runforward.app",
  lee: "lee@demo.runforward.app",
};

export function uniqueEmail(prefix = "runner"): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

export async function signUp(page: Page, name: string, email: string, password = "a-strong-password") {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up answers "check your inbox" whether or not the address was free (it never tells); then the runner signs in.
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.getByRole("link", { name: "Sign in" }).last().click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The header's bell shows at every width once signed in (sign out sits in the header on desktop, in More on phones).
  await expect(page.getByRole("banner").getByRole("link", { name: /^Notifications/ })).toBeVisible();
}

/** Signs out from the header on desktop, or from the bottom bar's More on a phone. */
export async function signOut(page: Page) {
  const headerButton = page.getByRole("banner").getByRole("button", { name: "Sign out", exact: true });
  if (await headerButton.isVisible()) {
    await headerButton.click();
  } else {
    await page.getByRole("navigation", { name: "Tabs" }).getByRole("button", { name: /^More/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
  }
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Signs in one of the specs' own people from fixtures/cast.ts. */
export function signInAs(page: Page, who: FixturePerson) {
  return signIn(page, who.email, FIXTURE_PASSWORD);
}

/** A calendar day n days before today, on this machine's clock and in its zone: the browser's and the fixture people's. */
export function localDaysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export const localToday = () => localDaysAgo(0);

/**
 * Waits until React has hydrated the element. A form whose fields take their values from react-hook-form's defaults
 * writes those defaults into the fields as it hydrates, over anything typed before (seen on a busy machine).
 */
export async function hydrated(field: Locator) {
  await expect.poll(() => field.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$")))).toBe(true);
}

/**
 * The second app instance the live specs watch: on PostgreSQL a second `next start` on the same database
 * (scripts/e2e-server.mjs, playwright.config.ts); on the embedded database the one instance.
 */
export const SECOND_URL = process.env.E2E_SECOND_URL ?? `http://localhost:${process.env.E2E_PORT || 3100}`;

/** Waits until the page's live streams are connected (the page's status line says so in data-live). */
export async function listening(page: Page) {
  await expect(page.locator("[data-live]")).toHaveAttribute("data-live", "up");
}

/** Marks the page, so stayedOnPage can tell that it was never reloaded or navigated away from. */
export async function markPage(page: Page) {
  await page.evaluate(() => Object.assign(window, { __rfMarked: true }));
}

export async function stayedOnPage(page: Page) {
  expect(await page.evaluate(() => (window as { __rfMarked?: boolean }).__rfMarked === true)).toBe(true);
}

/** The club's id, through the app's own API as the signed-in page's person. */
export async function clubIdOf(page: Page, slug: string): Promise<string> {
  const res = await page.request.get(`/api/trpc/clubs.bySlug?input=${encodeURIComponent(JSON.stringify({ json: { slug } }))}`);
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
}

export type CuttableLink = { url: string; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> };

/**
 * A loopback TCP relay to an app instance whose connections a spec can cut, as a train going into a tunnel would: cut()
 * drops every open connection (a live stream with them) and refuses new ones until restore(). Cookies are per host,
 * not port, so a browser signed in through it is signed in to the instance.
 */
export async function cuttableLink(target: string): Promise<CuttableLink> {
  const upstreamPort = Number(new URL(target).port);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) => new Promise<number>((resolve) => server.listen(port, () => resolve((server.address() as net.AddressInfo).port)));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  const port = await listen(0);
  return { url: `http://localhost:${port}`, cut: stop, restore: async () => void (await listen(port)), close: stop };
}

/** Hydration errors React reports (in words, or as minified React errors #418-#425). */
export const HYDRATION_ERROR = /hydrat|did not match|Minified React error #(418|419|421|422|423|425)/i;

/** Every console error and uncaught page error from now on, for a spec that checks a page loads cleanly. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}
