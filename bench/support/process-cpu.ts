import fs from 'node:fs';

/** Microseconds a clock tick of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICK_US = 10_000;

interface ProcStat {
  pid: number;
  ppid: number;
  /** User and system time, µs. */
  cpu: number;
  /** User and system time of its children that exited and were waited for, µs. */
  reapedChildren: number;
}

function readStat(pid: number | 'self'): ProcStat | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces; the fields after it start
  // with the state (field 3).
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return {
    pid: Number(text.slice(0, text.indexOf(' '))),
    ppid: Number(fields[1]),
    cpu: (Number(fields[11]) + Number(fields[12])) * TICK_US,
    reapedChildren: (Number(fields[13]) + Number(fields[14])) * TICK_US,
  };
}

/** Every process's children, by the parent's pid. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat === null) continue;
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat.pid]);
  }
  return children;
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * The CPU time (user and system, µs) of this process, and of its descendants summed by the group
 * `groupOf` puts each in by its command line; children that exited and were waited for count in
 * the group `exited`. Taken before and after a measure, the difference is each process's work,
 * which a machine shared with other work changes less than it changes times.
 */
export function cpuByGroup(groupOf: (commandLine: string) => string): Record<string, number> {
  const self = readStat('self');
  if (self === null) return {};
  const children = childrenByParent();
  const groups: Record<string, number> = { self: self.cpu, exited: self.reapedChildren };
  const visit = (pid: number, group: string | null) => {
    for (const child of children.get(pid) ?? []) {
      const childGroup = group ?? groupOf(commandLine(child));
      const stat = readStat(child);
      if (stat !== null) groups[childGroup] = (groups[childGroup] ?? 0) + stat.cpu;
      visit(child, childGroup);
    }
  };
  visit(self.pid, null);
  return groups;
}

/** Each group's CPU time between two readings of `cpuByGroup`, µs an order. */
export function cpuPerOrder(
  before: Record<string, number>,
  after: Record<string, number>,
  orders: number,
): Record<string, number> {
  const perOrder: Record<string, number> = {};
  for (const [group, cpu] of Object.entries(after)) {
    perOrder[group] = Math.round(((cpu - (before[group] ?? 0)) / Math.max(1, orders)) * 100) / 100;
  }
  return perOrder;
}

/** One thread's CPU time so far (user and system, µs), with its process's kind and its name. */
export interface ThreadCpu {
  key: string;
  kind: string;
  thread: string;
  cpu: number;
}

/** The processes under this one (its children, theirs, and so on). */
function descendants(): number[] {
  const children = childrenByParent();
  const found: number[] = [];
  const queue = [...(children.get(process.pid) ?? [])];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Chromium's kind of process by its command line (browser, renderer, gpu-process, utility …). */
function chromiumKind(pid: number): string | null {
  const line = commandLine(pid);
  if (!line.includes('chromium')) return null;
  const type = /--type=([a-z-]+)/.exec(line)?.[1];
  if (type === undefined) return 'browser';
  const subtype = /--utility-sub-type=([\w.]+)/.exec(line)?.[1];
  return subtype === undefined ? type : `${type} ${subtype.split('.').pop() ?? subtype}`;
}

/**
 * The CPU so far of every thread of every Chromium process under this one, from
 * /proc/<pid>/task/<tid>/stat (a thread's name is its stat's command name).
 */
export function chromiumThreads(): ThreadCpu[] {
  const threads: ThreadCpu[] = [];
  for (const pid of descendants()) {
    const kind = chromiumKind(pid);
    if (kind === null) continue;
    let tids: string[];
    try {
      tids = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      let text: string;
      try {
        text = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      } catch {
        continue;
      }
      const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      const cpu = (Number(fields[11]) + Number(fields[12])) * TICK_US;
      threads.push({ key: `${pid}/${tid}`, kind, thread: name, cpu });
    }
  }
  return threads;
}

/**
 * The CPU (µs) each kind of Chromium process and each of its kinds of thread spent between two
 * readings of `chromiumThreads`, largest first ("renderer", "renderer chromium" for its main
 * thread, "gpu-process VizCompositorTh" …); threads of one name in one kind are added up.
 */
export function threadCpuBetween(
  before: readonly ThreadCpu[],
  after: readonly ThreadCpu[],
): { processes: Map<string, number>; threads: Map<string, number> } {
  const start = new Map(before.map((thread) => [thread.key, thread.cpu]));
  const processes = new Map<string, number>();
  const threads = new Map<string, number>();
  for (const thread of after) {
    const cpu = thread.cpu - (start.get(thread.key) ?? 0);
    if (cpu <= 0) continue;
    processes.set(thread.kind, (processes.get(thread.kind) ?? 0) + cpu);
    const name = `${thread.kind} ${thread.thread}`;
    threads.set(name, (threads.get(name) ?? 0) + cpu);
  }
  const sorted = (map: Map<string, number>) => new Map([...map].sort((a, b) => b[1] - a[1]));
  return { processes: sorted(processes), threads: sorted(threads) };
}
