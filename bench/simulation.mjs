// `npm run bench:simulation`: times the simulation in the worker it runs in, and in Node; measures
// the worker's bundle. The worked example with a range on every input that holds one, 10,000 runs.
// - In Chromium: the worker chunk of a fresh production build (vite build), started as the app
//   starts it, in a fresh browser context each time: its first job (cold: the engine compiles as it
//   runs), then more jobs in the same worker (warm).
// - In Node: the engine's modules through Vite's SSR loader, as before this file timed the worker
//   (slower than the browser's first run: Node 20's V8 has no Maglev tier, and the loader's module
//   accessors add a lookup to each call between modules).
// Reported, never asserted: speed is not a test.
import http from 'node:http';
import os from 'node:os';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { build, createServer } from 'vite';
import { launchBrowser } from '../test/e2e/harness.mjs';
import { machineLine, machineOf } from './machine.mjs';

const REPEATS = Number(process.env.BENCH_SIMULATION_REPEATS ?? 20);
/** Fresh workers in Chromium, each in a browser context of its own. */
const WORKERS = Number(process.env.BENCH_SIMULATION_WORKERS ?? 10);
const RUNS = 10_000;

/** Every range the engine takes today, in all three shapes, around the seed example's figures. */
const EVERY_RANGE = {
  downtimeCostPerHour: { low: 1_000_000, high: 5_000_000, shape: 'lognormal' },
  'scenarios.s1.investment': { low: 0, high: 1_000_000, shape: 'uniform' },
  'scenarios.s1.annualRunCost': { low: 0, high: 200_000, shape: 'uniform' },
  'scenarios.s2.investment': { low: 8_000_000, high: 20_000_000, shape: 'lognormal' },
  'scenarios.s2.annualRunCost': { low: 100_000, high: 1_000_000, shape: 'pert' },
  'scenarios.s3.investment': { low: 100_000_000, high: 250_000_000, shape: 'pert' },
  'scenarios.s3.annualRunCost': { low: 500_000, high: 3_000_000, shape: 'lognormal' },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

/** The job: the worked example, every range, 10,000 runs (with the seed catalogue and its levers when BENCH_SIMULATION_MODES is set). */
async function benchJob(vite) {
  const { SEED_EXAMPLE } = await vite.ssrLoadModule('/src/model/presets.ts');
  const { productionFailuresCatalogue } = await vite.ssrLoadModule('/src/model/failure-catalogues.ts');
  // With failure modes: the seed catalogue (its words read as ranges) gives today, and every
  // suggested lever, priced, is in the plan.
  const catalogue = productionFailuresCatalogue();
  const failureModes = {
    modes: catalogue.entries.map((entry) => entry.mode),
    baselineFromModes: true,
    planLevers: catalogue.levers.map(({ lever }) => ({
      ...lever,
      oneTimeCost: 50_000,
      annualRunCost: 5_000,
    })),
  };
  return {
    inputs: SEED_EXAMPLE,
    ranges: EVERY_RANGE,
    runs: RUNS,
    seed: 'nines',
    ...(process.env.BENCH_SIMULATION_MODES ? { failureModes } : {}),
  };
}

/** The first of `xs` and the median and fastest of the rest. */
const firstAndRest = (xs) => ({
  first: xs[0],
  median: median(xs.slice(1)),
  fastest: Math.min(...xs.slice(1)),
});

async function timeEngine(vite, job) {
  const { simulate } = await vite.ssrLoadModule('/src/simulation/simulate.ts');
  // Wall time, and this process's CPU time: on a machine shared with other work the first grows
  // with the load, the second much less.
  const wall = [];
  const cpu = [];
  for (let i = 0; i < REPEATS; i += 1) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    simulate({ ...job, seed: `bench ${i}` });
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: firstAndRest(wall), cpu: firstAndRest(cpu) };
}

/** The simulation's worker chunk of a production build (the file the app starts), and its bytes. */
async function productionWorker() {
  const outDir = await mkdtemp(path.join(tmpdir(), 'nines-bench-'));
  try {
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const assets = await readdir(path.join(outDir, 'assets'));
    const name = assets.find((file) => file.startsWith('simulation.worker-') && file.endsWith('.js'));
    if (!name) throw new Error('the build has no simulation.worker chunk');
    const code = await readFile(path.join(outDir, 'assets', name), 'utf8');
    return { name, code, raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * Each sample: a fresh browser context and page, a worker started as the app starts it (a module
 * worker from the same origin), then: a job it refuses (no runs: it checks the job and runs none of
 * the engine), so the worker is up; then REPEATS jobs of different seeds, one after another, each
 * timed from postMessage to its reply in the page. The first is the worker's first run.
 */
async function timeInChromium(workerCode, job) {
  const server = http.createServer((request, response) => {
    const isWorker = request.url === '/worker.js';
    response.writeHead(200, { 'content-type': isWorker ? 'text/javascript' : 'text/html' });
    response.end(isWorker ? workerCode : '<!doctype html><title>simulation bench</title>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchBrowser();
  const machine = machineOf(browser);
  const samples = [];
  try {
    for (let k = 0; k < WORKERS; k += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      samples.push(
        await page.evaluate(
          async ({ job, repeats }) => {
            const startedAt = performance.now();
            const worker = new Worker('/worker.js', { type: 'module' });
            const reply = (message) =>
              new Promise((resolve, reject) => {
                worker.onmessage = (event) => resolve(event.data);
                worker.onerror = (event) => reject(new Error(event.message));
                worker.postMessage(message);
              });
            const refused = await reply({ type: 'run', runId: 0, job: { ...job, runs: 0 } });
            if (refused.type !== 'failed') throw new Error('the worker ran a job of no runs');
            const upAfter = performance.now() - startedAt;
            const times = [];
            for (let i = 0; i < repeats; i += 1) {
              const start = performance.now();
              const response = await reply({
                type: 'run',
                runId: i + 1,
                job: { ...job, seed: `bench ${i}` },
              });
              if (response.type !== 'result') throw new Error(response.message);
              times.push(performance.now() - start);
            }
            worker.terminate();
            return { upAfter, times };
          },
          { job, repeats: REPEATS },
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const firsts = samples.map((sample) => sample.times[0]);
  return {
    workers: WORKERS,
    first: { median: median(firsts), fastest: Math.min(...firsts), slowest: Math.max(...firsts) },
    warmMedian: median(samples.flatMap((sample) => sample.times.slice(1))),
    upAfter: median(samples.map((sample) => sample.upAfter)),
    machine,
  };
}

const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
let job;
let engine;
try {
  job = await benchJob(vite);
  engine = await timeEngine(vite, job);
} finally {
  await vite.close();
}
const worker = await productionWorker();
const chromium = await timeInChromium(worker.code, job);

console.log(
  `simulation of the worked example, every range set${process.env.BENCH_SIMULATION_MODES ? ', with the seed failure catalogue and every suggested lever in the plan' : ''}, ${RUNS.toLocaleString('en-US')} runs, 1× CPU:`,
);
console.log(
  `  in Chromium's worker (${worker.name}), ${chromium.workers} fresh workers: first run median ${ms(chromium.first.median)} (fastest ${ms(chromium.first.fastest)}, slowest ${ms(chromium.first.slowest)}); then median ${ms(chromium.warmMedian)} over ${REPEATS - 1} runs each`,
);
console.log(
  `    (a worker was up ${ms(chromium.upAfter)} after new Worker(), median; not in the figures above)`,
);
for (const [name, t] of Object.entries(engine)) {
  console.log(
    `  in Node ${process.version}, ${name}: first ${ms(t.first)}; then median ${ms(t.median)}, fastest ${ms(t.fastest)} over ${REPEATS - 1}`,
  );
}
console.log(`  on ${machineLine(chromium.machine)}`);
console.log(
  `  load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.availableParallelism()} cores`,
);
console.log(
  `worker chunk ${worker.name}: ${(worker.raw / 1024).toFixed(1)} KiB minified, ${(worker.gzip / 1024).toFixed(2)} KiB gzip -9`,
);
