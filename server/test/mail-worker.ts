// Tests that send mail: the mail.send queue installed on the test database, a worker that runs it on demand, and a
// loopback SMTP server receiving what it sends.
import { afterAll, beforeAll } from "vitest";
import { installJobs } from "@/server/jobs/boss";
import { startWorker, type RunningWorker } from "@/server/jobs/worker";
import { sendMailJob } from "@/server/mail/send-mail-job";
import { startSmtpCapture, type SmtpCapture } from "./smtp-capture";
import type { TestDb } from "./test-db";

export type MailTestKit = { smtp: SmtpCapture & { failNext(n: number): void }; deliver(): Promise<void> };

/** Registers hooks (after setupTestDb's): installs the queue, starts the capture server and a drain-only worker. */
export function setupMailTest(t: TestDb): MailTestKit {
  const kit = {} as MailTestKit;
  let worker: RunningWorker | undefined;
  beforeAll(async () => {
    await installJobs(t.db, [sendMailJob]);
    const smtp = await startSmtpCapture();
    smtp.use({ appUrl: "https://runs.example.test" });
    // An injected clock means no background polling: deliver() runs what is due, then returns.
    worker = await startWorker({ db: t.db, jobs: [sendMailJob], now: () => new Date() });
    Object.assign(kit, { smtp, deliver: () => worker!.drain() });
  });
  afterAll(async () => {
    await worker?.stop();
    await kit.smtp?.close();
  });
  return kit;
}

/** The first link in a message's text that starts with the app's address and path. */
export function linkIn(text: string | undefined, pathname: string): URL {
  const match = (text ?? "").match(new RegExp(`https://runs\\.example\\.test${pathname.replace(/[/?]/g, "\\$&")}[^\\s]*`));
  if (!match) throw new Error(`No ${pathname} link in:\n${text}`);
  return new URL(match[0]);
}
