// `npm run bench:simulation`: times the simulation engine in Node (10,000 runs of the seed example
// with a range on every input that holds one) and measures the worker's bundle, minified and gzipped
// at level 9. Reported, never asserted: speed is not a test.
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { build, createServer } from 'vite';

const REPEATS = Number(process.env.BENCH_SIMULATION_REPEATS ?? 20);
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

async function timeEngine() {
  const vite = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'silent',
  });
  try {
    const { simulate } = await vite.ssrLoadModule('/src/simulation/simulate.ts');
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
    const job = {
      inputs: SEED_EXAMPLE,
      ranges: EVERY_RANGE,
      runs: RUNS,
      seed: 'nines',
      ...(process.env.BENCH_SIMULATION_MODES ? { failureModes } : {}),
    };
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
    const summary = (xs) => ({
      first: xs[0],
      median: median(xs.slice(1)),
      fastest: Math.min(...xs.slice(1)),
    });
    return { wall: summary(wall), cpu: summary(cpu) };
  } finally {
    await vite.close();
  }
}

/**
 * The worker entry bundled alone, as the app's build bundles a `new Worker(new URL(…))` chunk:
 * Vite's default worker format (one IIFE), minified, ES2022.
 */
async function workerBytes() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rolldownOptions: { input: 'src/simulation/simulation.worker.ts', output: { format: 'iife' } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const code = chunks
    .filter((chunk) => chunk.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const engine = await timeEngine();
const bytes = await workerBytes();
console.log(
  `simulation of the seed example, every range set${process.env.BENCH_SIMULATION_MODES ? ', with the seed failure catalogue and every suggested lever in the plan' : ''}, ${RUNS.toLocaleString('en-US')} runs (Node ${process.version}, 1× CPU):`,
);
for (const [name, t] of Object.entries(engine)) {
  console.log(
    `  ${name}: first ${ms(t.first)}; then median ${ms(t.median)}, fastest ${ms(t.fastest)} over ${REPEATS - 1}`,
  );
}
console.log(
  `  load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${os.availableParallelism()} cores`,
);
console.log(
  `worker bundle: ${(bytes.raw / 1024).toFixed(1)} KiB minified, ${(bytes.gzip / 1024).toFixed(2)} KiB gzip -9`,
);
