import { getDbHandle } from "./db";

export type Health = { ok: true; database: "pglite" | "postgres" } | { ok: false; reason: string };

/** Whether the app can reach its database right now, within a short timeout. */
export async function checkHealth(timeoutMs = 3000): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const handle = await Promise.race([getDbHandle(), timeout]);
    await Promise.race([handle.query("select 1"), timeout]);
    return { ok: true, database: handle.kind };
  } catch (err) {
    return { ok: false, reason: `database unavailable: ${(err as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}
