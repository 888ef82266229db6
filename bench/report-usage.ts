/**
 * Loaded with `node --import` into the compiler's process: on exit it writes that process's
 * own peak memory and CPU time to BENCH_USAGE_FILE. Needs nothing but node (no /usr/bin/time).
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        maxRssKB: usage.maxRSS,
        cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
      }),
    );
  });
}
