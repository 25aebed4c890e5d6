// End to end on an injected clock: the worker fires the minute schedule, the reminder job queues the email, the mail
// job sends it to a real SMTP server on loopback. Across London's spring-forward, to a runner whose minute never came.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type RunningWorker } from "@/server/jobs/worker";
import { sendMailJob } from "@/server/mail/send-mail-job";
import { pushSendJob } from "@/server/push/push-job";
import { makeUser } from "@/server/test/fixtures";
import { startSmtpCapture, type SmtpCapture } from "@/server/test/smtp-capture";
import { setupTestDb } from "@/server/test/test-db";
import { checkinReminderJob } from "./checkin-reminder-job";

const t = setupTestDb();
let clock = new Date("2027-03-28T00:58:00Z");
let smtp: SmtpCapture;
let worker: RunningWorker;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  smtp.use({ appUrl: "https://runs.example.test" });
  worker = await startWorker({ db: t.db, jobs: [checkinReminderJob, sendMailJob, pushSendJob] as never[], now: () => clock });
});
afterAll(async () => {
  await worker?.stop();
  await smtp?.close();
});

async function at(iso: string) {
  clock = new Date(iso);
  await worker.drain();
}

describe("check-in reminder through the worker", () => {
  it("emails once when 01:30 is skipped by the clocks going forward, with a link to check in", async () => {
    const runner = await makeUser(t.db, { timeZone: "Europe/London", checkinReminderMin: 90, emailVerifiedAt: new Date("2027-01-01T00:00:00Z") });
    await at("2027-03-28T00:59:00Z"); // 00:59 GMT
    expect(smtp.to(runner.email)).toHaveLength(0);
    await at("2027-03-28T01:00:00Z"); // 02:00 BST
    await at("2027-03-28T01:01:00Z");
    await at("2027-03-28T01:30:00Z");
    const mail = smtp.to(runner.email);
    expect(mail.map((m) => m.subject)).toEqual(["Time to check in"]);
    expect(mail[0]!.text).toContain("https://runs.example.test/checkin");
  });
});
