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

/** Samples the resident memory of a process and all its children (Linux /proc), keeping the peak. */
export function watchPeakMemory(pid: number, everyMs = 200): { stop(): number } {
  let peak = 0;
  let running = true;
  const loop = async () => {
    while (running) {
      const pids = [pid, ...(await childrenOf(pid))];
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
