import { describe, expect, it } from "vitest";
import { nginxConfig } from "./nginx";
import { parseProcStat, treeOf, cpuSecondsBetween, clockTicks } from "./proc-cpu";

describe("nginx config for the instances benchmark", () => {
  const config = nginxConfig({ dir: "/tmp/rf-nginx-x", listenPort: 3280, upstreamPorts: [3282, 3283] });

  it("listens on loopback only and runs in the foreground with its files in the temp folder", () => {
    expect(config).toMatch(/^daemon off;/);
    expect(config).toContain("listen 127.0.0.1:3280;");
    expect(config).not.toMatch(/listen (0\.0\.0\.0|\[::\]|3280)/);
    expect(config).toContain("pid /tmp/rf-nginx-x/nginx.pid;");
    expect(config).toContain("error_log /tmp/rf-nginx-x/error.log");
    for (const temp of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) expect(config).toContain(`${temp}_temp_path /tmp/rf-nginx-x/${temp};`);
  });

  it("balances over every upstream with keepalive connections (HTTP/1.1, Connection header cleared)", () => {
    const upstream = config.slice(config.indexOf("upstream run_forward"), config.indexOf("server {"));
    expect(upstream).toContain("server 127.0.0.1:3282;");
    expect(upstream).toContain("server 127.0.0.1:3283;");
    expect(upstream).toMatch(/keepalive \d+;/);
    expect(config).toContain("proxy_http_version 1.1;");
    expect(config).toContain('proxy_set_header Connection "";');
    expect(config).toContain("proxy_pass http://run_forward;");
  });

  it("appends the client to X-Forwarded-For (read with TRUST_PROXY=1), passes the Host and the scheme", () => {
    expect(config).toContain("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;");
    expect(config).toContain("proxy_set_header X-Forwarded-Proto $scheme;");
    expect(config).toContain("proxy_set_header Host $http_host;");
  });

  it("refuses a balancer with nothing behind it", () => {
    expect(() => nginxConfig({ dir: "/tmp/x", listenPort: 3280, upstreamPorts: [] })).toThrow(/upstream/);
  });
});

describe("CPU per process from /proc", () => {
  // Fields: pid (comm) state ppid … utime(14) stime(15) …
  const line = (pid: number, comm: string, ppid: number, utime: number, stime: number) =>
    `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 ${utime} ${stime} 0 0 20 0 1 0 100 1000 100`;

  it("reads utime + stime and the parent, even when the name holds spaces and parentheses", () => {
    expect(parseProcStat(line(42, "next-server (v16.4.6)", 7, 150, 50))).toEqual({ pid: 42, comm: "next-server (v16.4.6)", ppid: 7, cpuTicks: 200 });
  });

  it("sums a process tree's CPU between two snapshots; a process that started meanwhile counts in full", () => {
    const before = [line(10, "node", 1, 100, 0), line(11, "next-server", 10, 1000, 100), line(20, "postgres", 1, 5, 5)].map(parseProcStat);
    const after = [line(10, "node", 1, 110, 0), line(11, "next-server", 10, 1300, 200), line(12, "worker", 11, 30, 0), line(20, "postgres", 1, 9, 5)].map(parseProcStat);
    const tree = treeOf(after, [10]);
    expect(tree.sort()).toEqual([10, 11, 12]);
    expect(cpuSecondsBetween(before, after, tree)).toBeCloseTo((10 + 400 + 30) / clockTicks());
    expect(cpuSecondsBetween(before, after, [20])).toBeCloseTo(4 / clockTicks());
  });

  it("reads this test process's own line from /proc", async () => {
    const { readFileSync } = await import("node:fs");
    const own = parseProcStat(readFileSync(`/proc/${process.pid}/stat`, "utf8"));
    expect(own.pid).toBe(process.pid);
    expect(own.ppid).toBe(process.ppid);
    expect(own.cpuTicks).toBeGreaterThan(0);
  });
});
