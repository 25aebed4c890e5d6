// A real nginx in front of app instances, for instances.ts: a generated config in a temp folder, on loopback, run as a
// non-daemon child so it stops with the script. Install it with `apt-get install -y nginx` (Debian's package).
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type NginxOptions = { dir: string; listenPort: number; upstreamPorts: number[]; keepalive?: number; workers?: number };

/**
 * The config. `least_conn` because the mix is uneven (a Today render costs several feed reads), so round-robin can pile
 * slow requests on one instance. Keepalive to the upstreams (HTTP/1.1, Connection cleared) so nginx does not open a
 * TCP connection per request. Host passes through unchanged (the app's cross-site check compares Origin with it);
 * X-Forwarded-For gets the client's address appended, which the app reads with TRUST_PROXY=1 (server/http/
 * client-address.ts). Responses are never spooled to disk (proxy_max_temp_file_size 0).
 */
export function nginxConfig({ dir, listenPort, upstreamPorts, keepalive = 64, workers = 1 }: NginxOptions): string {
  if (upstreamPorts.length === 0) throw new Error("nginx needs at least one upstream");
  const temp = (name: string) => path.join(dir, name);
  return `daemon off;
worker_processes ${workers};
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${temp("client_body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  upstream run_forward {
    least_conn;
${upstreamPorts.map((p) => `    server 127.0.0.1:${p};`).join("\n")}
    keepalive ${keepalive};
  }
  server {
    listen 127.0.0.1:${listenPort};
    location / {
      proxy_pass http://run_forward;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_max_temp_file_size 0;
      proxy_read_timeout 120s;
    }
  }
}
`;
}

export type StartedNginx = { baseUrl: string; child: ChildProcess; stop: () => Promise<void> };

async function waitForUp(baseUrl: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`nginx at ${baseUrl} did not pass requests through`);
}

export async function startNginx(listenPort: number, upstreamPorts: number[]): Promise<StartedNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), "rf-nginx-"));
  // Workers drop to an unprivileged user when started as root; let them use the temp folders.
  chmodSync(dir, 0o755);
  for (const sub of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  process.once("exit", () => rmSync(dir, { recursive: true, force: true })); // also after Ctrl-C
  const config = path.join(dir, "nginx.conf");
  writeFileSync(config, nginxConfig({ dir, listenPort, upstreamPorts }));
  const child = spawn("nginx", ["-p", dir, "-c", config, "-e", path.join(dir, "error.log")], { stdio: ["ignore", "inherit", "inherit"] });
  child.once("error", (err) => console.error(`nginx did not start (${err.message}); install it with: apt-get install -y nginx`));
  const baseUrl = `http://127.0.0.1:${listenPort}`;
  await waitForUp(baseUrl, child, 10_000);
  return {
    baseUrl,
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGQUIT"); // graceful: finish in-flight requests, then exit
        await new Promise((r) => child.once("exit", r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
