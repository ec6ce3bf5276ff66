/**
 * `npm run bench [-- --json] [--only NAME,NAME]`: performance figures, each a ratio against a baseline measured in
 * the same run (these machines are noisy; absolute timings would not compare from one run to the next).
 */
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { anchorFigures } from './bench/anchor';
import { bundleFigures } from './bench/bundles';
import { contentOverheadFigures } from './bench/content-overhead';
import { dexieFigures } from './bench/dexie';
import { extractFigures } from './bench/extract';
import { serverFigures } from './bench/server';
import { stallFigures } from './bench/stall';
import type { Figure } from './bench/measure';
import { ROOT } from './bench/pages';

type Suite = () => Promise<Figure[]>;

const SUITES: Record<string, Suite> = {
  bundles: () => bundleFigures(resolve(ROOT, '.output/chrome-mv3')),
  content: () => contentOverheadFigures(),
  extract: () => extractFigures(),
  anchor: () => anchorFigures(),
  dexie: () => dexieFigures(),
  server: () => serverFigures(),
  stall: () => stallFigures(),
};

function format(f: Figure): string {
  const value = f.unit.startsWith('B') ? `${(f.value / 1000).toFixed(1)} kB` : `${f.value.toFixed(2)} ${f.unit}`;
  const base = f.unit.startsWith('B') ? `${(f.baseline / 1000).toFixed(1)} kB` : `${f.baseline.toFixed(2)} ${f.unit}`;
  const verdict = f.budget === null ? 'reported' : f.ok ? `ok (budget ≤ ${f.budget})` : `OVER BUDGET (≤ ${f.budget})`;
  return `${f.name.padEnd(26)} ratio ${f.ratio.toFixed(3).padStart(8)}  ${value} vs ${base}  ${verdict}${f.note ? `  — ${f.note}` : ''}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? new Set((args[onlyIndex + 1] ?? '').split(',')) : null;
  const figures: Figure[] = [];
  for (const [name, suite] of Object.entries(SUITES)) {
    if (only && !only.has(name)) continue;
    try {
      const got = await suite();
      figures.push(...got);
      if (!json) for (const f of got) console.log(format(f));
    } catch (error) {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
  if (json) {
    const out: Record<string, Omit<Figure, 'name'>> = {};
    for (const { name, ...rest } of figures) out[name] = rest;
    console.log(JSON.stringify(out, null, 2));
  } else {
    console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
  }
}

void main();
