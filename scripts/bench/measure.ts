import { performance } from 'node:perf_hooks';

/** One benchmark figure: a value, the baseline measured in the same run, and their ratio against a budget. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  /** The largest acceptable ratio, or null for a figure that is reported, not judged. */
  budget: number | null;
  ok: boolean;
  note?: string;
}

export function figure(name: string, value: number, baseline: number, unit: string, budget: number | null, note?: string): Figure {
  const ratio = baseline > 0 ? value / baseline : Number.POSITIVE_INFINITY;
  return { name, value, unit, baseline, ratio, budget, ok: budget === null || ratio <= budget, note };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds one call takes. */
export async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Medians of two workloads measured alternately (A, B, A, B …), so drift of a noisy machine hits both alike.
 * `prepare` builds each run's fresh input outside the timed part.
 */
export async function compare<T>(
  runs: number,
  prepare: () => T,
  subject: (input: T) => unknown,
  baseline: (input: T) => unknown,
): Promise<{ subject: number; baseline: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = prepare();
    a.push(await time(() => subject(x)));
    const y = prepare();
    b.push(await time(() => baseline(y)));
  }
  return { subject: median(a), baseline: median(b) };
}

/**
 * Medians of two workloads measured in blocks (`size` runs of A, then `size` of B, and so on), each block's inputs
 * prepared before it: within a block a workload's code stays in the processor's caches, so this measures the
 * steady state, where `compare` measures each run after the other workload has evicted it. The first run of
 * each block, the cold one, is left out.
 */
export async function compareInBlocks<T>(
  blocks: number,
  size: number,
  prepare: () => T,
  subject: (input: T) => unknown,
  baseline: (input: T) => unknown,
): Promise<{ subject: number; baseline: number }> {
  const a: number[] = [];
  const b: number[] = [];
  const block = async (fn: (input: T) => unknown, into: number[]) => {
    const inputs = Array.from({ length: size }, prepare);
    for (let i = 0; i < size; i++) {
      const ms = await time(() => fn(inputs[i]!));
      if (i > 0) into.push(ms);
    }
  };
  for (let k = 0; k < blocks; k++) {
    await block(subject, a);
    await block(baseline, b);
  }
  return { subject: median(a), baseline: median(b) };
}
