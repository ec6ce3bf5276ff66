import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { figure, type Figure } from './measure';

/**
 * Budgets in gzip bytes, and why:
 * - content script 8 kB: the part loaded on every page the user opens (the cheap check and a message);
 * - content script + annotator 60 kB: what an article page loads (DEVELOPERS.md's content-script budget);
 * - background 200 kB: lexicons, morphology and the database live here, loaded once per worker start;
 * - side panel 80 kB: opened by hand, but it should open at once.
 */
const BUDGETS = { content: 8_000, contentWithAnnotator: 60_000, background: 200_000, sidepanel: 80_000 } as const;

async function gzipSize(file: string): Promise<number> {
  return gzipSync(await readFile(file), { level: 9 }).length;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

/** The scripts an HTML entry loads: its own module and the chunks it imports, as the build wrote them. */
async function htmlEntrySize(root: string, html: string): Promise<number> {
  const text = await readFile(join(root, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  let total = 0;
  for (const ref of new Set(refs)) total += await gzipSize(join(root, ref));
  return total;
}

export async function bundleFigures(root: string): Promise<Figure[]> {
  await stat(join(root, 'manifest.json')).catch(() => {
    throw new Error(`no build in ${root}: run "npm run build" first`);
  });
  const files = await filesUnder(root);
  const content = files.filter((f) => relative(root, f).startsWith('content-scripts/') && f.endsWith('.js'));
  let contentSize = 0;
  for (const f of content) contentSize += await gzipSize(f);
  const annotatorSize = await gzipSize(join(root, 'annotator.js'));
  const backgroundSize = await gzipSize(join(root, 'background.js'));
  const panelSize = await htmlEntrySize(root, 'sidepanel.html');
  return [
    figure('bundle_content_script', contentSize, BUDGETS.content, 'B gzip', 1, 'every page; baseline = budget'),
    figure('bundle_content_with_annotator', contentSize + annotatorSize, BUDGETS.contentWithAnnotator, 'B gzip', 1, 'article pages; baseline = budget'),
    figure('bundle_background', backgroundSize, BUDGETS.background, 'B gzip', 1, 'baseline = budget'),
    figure('bundle_sidepanel', panelSize, BUDGETS.sidepanel, 'B gzip', 1, 'baseline = budget'),
  ];
}
