// Preload for profiling `next start` under load: NODE_OPTIONS can't carry --cpu-prof, but it can carry --import.
//   RF_CPU_PROFILE=/tmp/next.cpuprofile NODE_OPTIONS="--import $PWD/scripts/bench/cpu-profile-preload.mjs" <start the server>
// Profiles only a process whose command line has "next" and "start" (not the build, not the load generator), and
// writes the profile when the process exits (next start exits on SIGTERM). A benchmark tool, never loaded by the app.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";

const out = process.env.RF_CPU_PROFILE;
const isNextStart = process.argv.some((a) => /next(\.js)?$|bin\/next/.test(a)) && process.argv.includes("start");
if (out && isNextStart) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 200 });
  session.post("Profiler.start");
  // A same-thread inspector session answers synchronously, so this works inside an 'exit' listener.
  process.on("exit", () => {
    session.post("Profiler.stop", (err, result) => {
      if (!err) writeFileSync(`${out.replace(/\.cpuprofile$/, "")}-${process.pid}.cpuprofile`, JSON.stringify(result.profile));
    });
  });
}
