// nginx in front of two app instances for bench:national, with the configuration the cluster test uses
// (scripts/cluster/nginx.conf.template, the README's "Several instances behind nginx" without TLS), so
// that what is measured is the documented deployment. Files under .tmp/bench-nginx-<port>/.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stopChild, waitUntilAnswering } from "./bench-child";

export type RunningNginx = { baseUrl: string; stop: () => Promise<void> };

export async function startNginx({ port, instancePorts, distDir }: { port: number; instancePorts: [number, number]; distDir: string }): Promise<RunningNginx> {
  const prefix = path.resolve(`.tmp/bench-nginx-${port}`);
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(prefix, { recursive: true });
  const { username } = os.userInfo();
  const group = execFileSync("id", ["-gn"], { encoding: "utf8" }).trim();
  const config = fs
    .readFileSync("scripts/cluster/nginx.conf.template", "utf8")
    .replaceAll("@PREFIX@", prefix)
    .replaceAll("@PORT_A@", String(instancePorts[0]))
    .replaceAll("@PORT_B@", String(instancePorts[1]))
    .replaceAll("@PORT@", String(port))
    .replaceAll("@DIST@", path.resolve(distDir))
    .replaceAll("@USER@", username)
    .replaceAll("@GROUP@", group);
  const file = path.join(prefix, "nginx.conf");
  fs.writeFileSync(file, config);
  const nginx = spawn("nginx", ["-p", prefix, "-c", file, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  nginx.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(nginx, `${baseUrl}/ar`, 15_000, () => `nginx said: ${stderr}`);
  return { baseUrl, stop: () => stopChild(nginx) };
}
