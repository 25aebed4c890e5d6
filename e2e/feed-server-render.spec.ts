import { expect, test } from "./test";
import { DEMO, HYDRATION_ERROR, hydrated, pageErrors, signIn } from "./helpers";

// Issue 14: the club feed's first page comes with the HTML, so a reader sees the posts before any script has run, and
// the page then hydrates over them without a mismatch. "Today" and "Yesterday" are the reader's days in their own
// stored zone (the demo runners live in Europe/London), whatever zone the browser is in: here the browser sits in a
// zone whose day is not London's at this hour, so a label worked out in the browser's zone would both read wrong and
// fail to hydrate.
const READER_ZONE = "Europe/London";
const dayIn = (timeZone: string, at = new Date()) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
// At any instant one of these is on another day than London: Kiritimati (UTC+14) from 10:00 London time, Pago Pago
// (UTC-11) until 11:00 London time. Picked by the day itself, not by a guessed hour, so the clock's zone doesn't matter.
const BROWSER_ZONE = dayIn("Pacific/Kiritimati") !== dayIn(READER_ZONE) ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
test.use({ timezoneId: BROWSER_ZONE });

const FEED = "/clubs/riverside-runners/feed";
// Ria's check-in of the seed's day, shared with the club (server/seed/checkins.ts).
const NOTE = "Heavy legs on the river loop today. Taking it easy, honestly a bit fed up.";

/** The label the feed gives a post's day for a reader whose today is `today` (app/_lib/format.ts formatRecentDay). */
function expectedLabel(date: string, today: string): string {
  if (date === today) return "Today";
  const yesterday = new Date(`${today}T12:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  if (date === yesterday.toISOString().slice(0, 10)) return "Yesterday";
  const d = new Date(`${date}T12:00:00Z`);
  return `${["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()]} ${d.getUTCDate()} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()]}`;
}

test("the feed's first page is in the server's HTML, labelled in the reader's own zone, and hydrates without a mismatch", async ({ page }) => {
  test.setTimeout(120_000);
  expect(dayIn(BROWSER_ZONE)).not.toBe(dayIn(READER_ZONE));
  await signIn(page, DEMO.coach);

  // The server's HTML, before any script: the posts and their day labels are in it as the server rendered them. (It
  // streams behind the feed's loading state, which the inline swap Next sends with it replaces at once, before the
  // app's scripts load; so this reads the HTML itself rather than a page with JavaScript off, which keeps the skeleton.)
  const response = await page.request.get(FEED, { headers: { accept: "text/html" } });
  expect(response.status()).toBe(200);
  const html = await response.text();
  const article = html.split("<article").slice(1).map((a) => a.slice(0, a.indexOf("</article>"))).find((a) => a.includes(NOTE));
  expect(article, "Ria's post rendered as HTML").toBeDefined();
  const [, date, label] = /<time [^>]*datetime="(\d{4}-\d{2}-\d{2})"[^>]*>([^<]+)<\/time>/i.exec(article!) ?? [];
  expect(date, "the post's day in a <time>").toBeDefined();
  expect(label).toBe(expectedLabel(date!, dayIn(READER_ZONE)));
  expect(article).toMatch(/aria-label="Cheer, \d+ reactions?"/);

  // With JavaScript: the same words, hydrated in place, with no hydration error and no second read of the first page.
  const errors = pageErrors(page);
  const listReads: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/trpc/") && r.url().includes("feed.list")) listReads.push(r.url());
  });
  await page.goto(FEED);
  const post = page.getByRole("article").filter({ hasText: NOTE });
  const cheer = post.getByRole("button", { name: /^Cheer/ });
  await hydrated(cheer);
  const time = post.locator("header time");
  await expect(time).toHaveText(expectedLabel((await time.getAttribute("datetime"))!, dayIn(READER_ZONE)));
  // Interactive as before: the comments open (their code loads on first use) and close.
  const comments = post.getByRole("button", { name: /^Comments \(\d+\)$/ });
  await comments.click();
  await expect(comments).toHaveAttribute("aria-expanded", "true");
  await expect(post.getByLabel("Add a comment")).toBeVisible();
  await comments.click();
  await expect(comments).toHaveAttribute("aria-expanded", "false");
  expect(errors.filter((e) => HYDRATION_ERROR.test(e))).toEqual([]);
  expect(listReads).toEqual([]);
});
