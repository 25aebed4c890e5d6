import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import type { MailSettings } from "./settings";

export type OutgoingMail = Mail.Options & { to: string; subject: string; text: string; html: string };

const smtpTransports = new Map<string, Transporter>();
// The zero-setup outbox: nodemailer builds the same RFC 5322 message it would send, as a buffer.
const outboxBuilder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

function smtp(url: string): Transporter {
  let transport = smtpTransports.get(url);
  if (!transport) {
    // Pooled: a burst of reminders reuses a few connections instead of one handshake per message.
    // Short timeouts: a dead server fails the attempt quickly and the queue retries later.
    transport = nodemailer.createTransport({ url, pool: true, maxConnections: 3, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    smtpTransports.set(url, transport);
  }
  return transport;
}

function outboxFileName(now: Date, to: string): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const who = to.replace(/[^a-z0-9@._-]/gi, "_").slice(0, 60);
  return `${stamp}-${who}-${Math.random().toString(36).slice(2, 8)}.eml`;
}

/**
 * Sends through SMTP when configured; otherwise prints one short block with the links to the console and writes the
 * message as an .eml file to the outbox. Throws on an SMTP failure, so the queue retries the job.
 */
export async function deliverMail(settings: MailSettings, mail: OutgoingMail, links: string[], now: Date): Promise<{ outboxFile?: string }> {
  const message = { ...mail, from: settings.from };
  if (settings.smtpUrl) {
    await smtp(settings.smtpUrl).sendMail(message);
    return {};
  }
  const info = (await outboxBuilder.sendMail(message)) as unknown as { message: Buffer };
  mkdirSync(settings.outboxDir, { recursive: true, mode: 0o700 });
  const file = path.join(settings.outboxDir, outboxFileName(now, mail.to));
  writeFileSync(file, info.message, { mode: 0o600 });
  const lines = [`[mail] not sent (no SMTP_URL) to ${mail.to}: ${mail.subject}`, ...links.map((l) => `  ${l}`), `  saved as ${file}`];
  console.log(lines.join("\n"));
  return { outboxFile: file };
}
