// What a bench ran on, printed with its figures and kept in bench/results.json: the same build gave
// figures up to 1.4× apart on two days here (the host is shared, and Chromium is whatever Debian's
// packages hold that day), so a figure is only compared with one taken on the same machine and browser.
import os from 'node:os';

/** The platform, CPU, cores, Node and (given a playwright Browser) Chromium's version. */
export function machineOf(browser) {
  return {
    platform: `${process.platform} ${process.arch}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    node: process.version,
    ...(browser ? { chromium: browser.version() } : {}),
  };
}

/** The machine in one line: "linux x64, AMD EPYC × 2 cores, Node v20.20.2, Chromium 150.0.7871.100". */
export function machineLine(machine) {
  const chromium = machine.chromium ? `, Chromium ${machine.chromium}` : '';
  return `${machine.platform}, ${machine.cpu} × ${machine.cores} cores, Node ${machine.node}${chromium}`;
}
