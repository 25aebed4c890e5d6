// A real push service on loopback for tests: web-push-testing's server, which hands out subscriptions like a browser's
// PushManager, decrypts what it is sent (checking the VAPID signature) and answers 410 once a subscription is expired.
import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import type { Server } from "node:http";

type PushApiModelCtor = new () => { notifyUrl: string };
type TestingServerCtor = new (model: object, port: number) => { startServer(): void; _server?: Server };

const require = createRequire(import.meta.url);
const { PushApiModel } = require("web-push-testing/src/PushApiModel.js") as { PushApiModel: PushApiModelCtor };
const WebPushTestingServer = require("web-push-testing/src/server.js") as TestingServerCtor;

export type TestSubscription = { endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startPushService() {
  const port = await freePort();
  const server = new WebPushTestingServer(new PushApiModel(), port);
  server.startServer();
  const base = `http://localhost:${port}`;
  const post = async (pathname: string, body?: unknown) => {
    const res = await fetch(base + pathname, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) });
    if (!res.ok) throw new Error(`push service ${pathname}: ${res.status} ${await res.text()}`);
    return res.headers.get("content-type")?.includes("json") ? ((await res.json()) as { data: unknown }).data : undefined;
  };
  // Wait until it listens.
  for (let i = 0; ; i++) {
    try {
      await post("/status");
      break;
    } catch (err) {
      if (i > 50) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return {
    /** A subscription as a browser would get it for this application server key. */
    subscribe: (applicationServerKey: string) => post("/subscribe", { userVisibleOnly: "true", applicationServerKey }) as Promise<TestSubscription>,
    /** The decrypted payloads delivered to a subscription so far. */
    messages: async (clientHash: string) => ((await post("/get-notifications", { clientHash })) as { messages: string[] }).messages,
    /** From now on the service answers 410 Gone for this subscription. */
    expire: (clientHash: string) => post(`/expire-subscription/${clientHash}`),
    close: () => new Promise<void>((resolve) => (server._server ? server._server.close(() => resolve()) : resolve())),
  };
}
