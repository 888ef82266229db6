/** The machine a run was measured on, for the results and the README's line under the table. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  os: string;
  node: string;
  chromium: string;
  visTimeline: string;
}

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux, or no os-release: the kernel's own words will do.
  }
  return `${os.type()} ${os.release()}`;
}

export function describeMachine(chromium: string, visTimeline: string): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: os.availableParallelism?.() ?? cpus.length,
    ramGB: Math.round(os.totalmem() / 1e9),
    os: osName(),
    node: process.version,
    chromium,
    visTimeline,
  };
}

export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM; ${m.os}; Node ${m.node.replace(/^v/, '')}; Chromium ${m.chromium}`;
}
