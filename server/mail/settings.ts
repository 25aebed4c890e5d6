import path from "node:path";
import { env } from "@/server/env";

/** Where and how mail goes. From the environment; tests point it at their own SMTP server or outbox folder. */
export type MailSettings = {
  /** Unset: nothing is sent; each message is printed and written to `outboxDir` as an .eml file. */
  smtpUrl?: string;
  from: string;
  appUrl: string;
  outboxDir: string;
};

let overrides: Partial<MailSettings> = {};

export function mailSettings(): MailSettings {
  const e = env();
  // Beside the data folder, never inside public/: the outbox holds live reset links and is never served.
  const base = { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, appUrl: e.APP_URL, outboxDir: path.resolve(`${e.RF_DATA_DIR.replace(/\/+$/, "")}-outbox`) };
  return { ...base, ...overrides };
}

/** Tests only: send to a capture server or a temporary outbox. Pass {} to go back to the environment's settings. */
export function overrideMailSettings(next: Partial<MailSettings>): void {
  overrides = next;
}

/** An absolute link into the app for an email (links must work from a mail client, so never relative). */
export function appLink(pathAndQuery: string): string {
  return new URL(pathAndQuery, `${mailSettings().appUrl}/`).toString();
}
