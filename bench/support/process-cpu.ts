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
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat === null) continue;
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat.pid]);
  }
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
