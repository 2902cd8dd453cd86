import { readFile } from 'node:fs/promises';

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  const direct = tasks.split(/\s+/).filter(Boolean).map(Number);
  return [...direct, ...(await Promise.all(direct.map(childrenOf))).flat()];
}

async function rssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** Samples the resident memory of processes and all their children (Linux /proc), keeping the peak of their sum. */
export function watchPeakMemory(pid: number | number[], everyMs = 200): { stop(): number } {
  const roots = Array.isArray(pid) ? pid : [pid];
  let peak = 0;
  let running = true;
  const loop = async () => {
    while (running) {
      const pids = [...roots, ...(await Promise.all(roots.map(childrenOf))).flat()];
      const total = (await Promise.all(pids.map(rssKb))).reduce((a, b) => a + b, 0);
      peak = Math.max(peak, total);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  };
  void loop();
  return {
    stop() {
      running = false;
      return peak * 1024;
    },
  };
}
