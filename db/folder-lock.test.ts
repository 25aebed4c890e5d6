import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FolderLockedError, lockFolder } from "./folder-lock";

describe("data folder lock", () => {
  it("refuses a folder held by a live process, naming the folder and the pid", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rf-lock-"));
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      writeFileSync(path.join(dir, "run-forward.lock"), String(holder.pid));
      let error: unknown;
      try {
        lockFolder(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FolderLockedError);
      expect((error as Error).message).toContain(dir);
      expect((error as Error).message).toContain(String(holder.pid));
    } finally {
      holder.kill();
    }
  });

  it("takes over a stale lock left by a dead process, and releases it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rf-lock-"));
    writeFileSync(path.join(dir, "run-forward.lock"), "999999");
    const release = lockFolder(dir);
    expect(readFileSync(path.join(dir, "run-forward.lock"), "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, "run-forward.lock"))).toBe(false);
  });
});
