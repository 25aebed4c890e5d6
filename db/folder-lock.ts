import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** PGlite does not lock its folder; two processes on one folder silently lose rows. */
export class FolderLockedError extends Error {
  constructor(readonly folder: string, readonly holderPid: number) {
    super(
      `The data folder ${folder} is already in use by another Run Forward process (pid ${holderPid}). ` +
        `Stop that process first, or point RF_DATA_DIR at a different folder.`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM means the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes an exclusive, pid-stamped lock file; a stale lock left by a dead process is taken over. */
export function lockFolder(folder: string): () => void {
  const dir = path.resolve(folder);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "run-forward.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(file, { force: true });
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
      if (holder === process.pid) return () => rmSync(file, { force: true });
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new FolderLockedError(dir, holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dir}.`);
}
