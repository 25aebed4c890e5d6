// A real SMTP server on loopback for tests: it accepts every message and keeps it parsed (mailparser), so a test reads
// what a mail client would, headers and both parts included. Point the app's mail at it with `capture.use()`.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { overrideMailSettings } from "@/server/mail/settings";

export type CapturedMail = ParsedMail & { envelopeTo: string[] };

export type SmtpCapture = {
  url: string;
  port: number;
  messages: CapturedMail[];
  /** Messages to one address (envelope recipient), oldest first. */
  to(address: string): CapturedMail[];
  /** Waits until `count` messages to the address have arrived (default 1) and returns them; fails after `timeoutMs`. */
  waitFor(address: string, opts?: { count?: number; timeoutMs?: number }): Promise<CapturedMail[]>;
  /** Sends the app's mail here (until reset() or close()). */
  use(settings?: { appUrl?: string }): void;
  clear(): void;
  close(): Promise<void>;
};

/** Starts the server; `port: 0` (the default) picks a free one. `failNext` makes the next N messages get a 451. */
export async function startSmtpCapture(opts: { port?: number; host?: string } = {}): Promise<SmtpCapture & { failNext(n: number): void }> {
  const messages: CapturedMail[] = [];
  const waiters = new Set<() => void>();
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      if (failures > 0) {
        failures -= 1;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          messages.push(Object.assign(parsed, { envelopeTo }));
          for (const wake of waiters) wake();
          callback();
        })
        .catch(callback);
    },
  });
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `smtp://${host}:${port}`;
  const to = (addr: string) => messages.filter((m) => m.envelopeTo.includes(addr.toLowerCase()));
  return {
    url,
    port,
    messages,
    to,
    async waitFor(addr, { count = 1, timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      while (to(addr).length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`Expected ${count} message(s) to ${addr}, got ${to(addr).length}`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, Math.min(left, 200));
          waiters.add(wake);
        });
      }
      return to(addr);
    },
    use(settings = {}) {
      overrideMailSettings({ smtpUrl: url, ...(settings.appUrl && { appUrl: settings.appUrl }) });
    },
    clear() {
      messages.length = 0;
    },
    failNext(n) {
      failures = n;
    },
    async close() {
      overrideMailSettings({});
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A header exactly as sent (mailparser folds List-* headers into a structure of its own). */
export function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((l) => l.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(":") + 1).trim();
}
