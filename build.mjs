// Builds Backstory for Chrome and Firefox from one source tree and one manifest.
//   node build.mjs [--target=chrome|firefox|all] [--watch] [--no-zip] [--no-minify] [--test-hooks]
// Steps: compile and check the dataset → bundle scripts → write each browser's
// manifest → copy pages, icons and locales → report sizes → zip for the stores.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeBundleOptions } from './tools/node-bundle.mjs';
import { indexRevisionOf, scriptOptions } from './tools/script-options.mjs';
import { zipDirectory } from './tools/zip.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));
const DIST = join(ROOT, 'dist');
const CACHE = join(ROOT, '.cache');
/** Firefox's add-on id (tools/browsers.mjs reads it back from the built manifest). */
const GECKO_ID = 'backstory@backstory-extension.org';
/**
 * The whole unpacked extension must stay under this. At 26,800 entities it was 17.3 MB
 * (4 MB zipped); at 39,000 it is 26.8 MB (7.1 MB zipped); at 46,900, 32.8 MB (8.5 MB zipped),
 * nearly all of it card shards read one at a time, so the size costs the download and the
 * disk, never a page. Raised from 24 to 32 MB at 36,000 entities and to 40 MB (the shipped
 * data's own ceiling, tools/dataset/ship.ts) at 46,900: room for about 10,000 more before
 * the card format has to get smaller. At 55,800 entities (40.9 MB) it did: a shard no longer
 * repeats an entity's id (the record's key) or its link as its Wikipedia source's address,
 * 2.8 MB less (src/shared/card-shards.ts), 38.2 MB in all. At 57,500 entities (39.6 MB) a shard
 * names its entities' source lists and dates of last check by index into tables of its own
 * (shard version 3): 2.5 MB less, 36.3 MB in all.
 */
const SIZE_BUDGET_BYTES = 40 * 1024 * 1024;

const args = process.argv.slice(2);
const isWatch = args.includes('--watch');
/**
 * Also build dist/test/<target>: the same extension with the background's test
 * hook (`backstoryControl`, for handlers headless browsers cannot reach: the
 * shortcut and the context menu). Release builds and zips never carry it.
 */
const withTestHooks = args.includes('--test-hooks');
const noZip = args.includes('--no-zip') || isWatch;
const targetArg = args.find((a) => a.startsWith('--target='))?.split('=')[1] ?? 'all';
const TARGETS = targetArg === 'all' ? ['chrome', 'firefox'] : [targetArg];
for (const t of TARGETS) {
  if (!['chrome', 'firefox'].includes(t)) fail(`unknown target "${t}" (use chrome, firefox or all)`);
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

/** Bundles and runs the dataset compiler; a bad entry stops the build with file, entity and field. */
async function compileData() {
  const outdir = join(CACHE, 'dataset');
  await esbuild.build({
    entryPoints: { compile: join(ROOT, 'tools/dataset/compile.ts'), ship: join(ROOT, 'tools/dataset/ship.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir,
    logLevel: 'error',
  });
  const stamp = `?t=${Date.now()}`;
  const compiler = await import(`${pathToFileURL(join(outdir, 'compile.js')).href}${stamp}`);
  const shipper = await import(`${pathToFileURL(join(outdir, 'ship.js')).href}${stamp}`);
  let dataset;
  try {
    dataset = compiler.compileDataset(join(ROOT, 'data'));
  } catch (error) {
    if (error?.name === 'DatasetError') throw new Error(`dataset error: ${error.message}`);
    throw error;
  }
  const files = shipper.shippedFiles(dataset);
  // The shipped data has a budget of its own (tools/dataset/ship.ts): past it, the build stops.
  const report = shipper.checkDataBudget(files);
  if (report.problems.length) throw new Error(`data over budget:\n  ${report.problems.join('\n  ')}`);
  return {
    files,
    cardShards: shipper.cardShardsIn(files),
    // Hashed once here, not once per browser's bundle.
    indexRevision: indexRevisionOf(shipper.indexFileIn(files)),
    summary: report.summary,
    count: dataset.entities.length,
    stats: compiler.formatDatasetStats(compiler.datasetStats(dataset)),
  };
}

function manifestFor(target) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  manifest.version = pkg.version;
  // The page UI (content-ui.js) is injected by the background with scripting.executeScript,
  // which needs host access to the pages the content script runs on (the same sites: no new
  // warning). Nothing is web-accessible, so a page cannot probe for the extension.
  manifest.host_permissions = manifest.content_scripts.flatMap((script) => script.matches);
  if (target === 'firefox') {
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

const ENTRY_POINTS = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/popup.ts',
  options: 'src/options/options.ts',
};

function bundleOptions(target, outdir, testHooks, data) {
  return {
    entryPoints: Object.fromEntries(
      Object.entries(ENTRY_POINTS).filter(([, path]) => existsSync(join(ROOT, path))).map(([name, path]) => [name, join(ROOT, path)]),
    ),
    outdir,
    bundle: true,
    format: 'iife',
    ...scriptOptions({ target, testHooks, cardShards: data.cardShards, indexRevision: data.indexRevision }),
    minify: !isWatch && !args.includes('--no-minify'),
    // Dead branches (the test hook outside test builds, the other browser's code) go even unminified.
    minifySyntax: true,
    sourcemap: isWatch ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/** The page UI, one classic script the background injects where a page has something to show. */
function uiBundleOptions(target, outdir, testHooks, data) {
  const options = bundleOptions(target, outdir, testHooks, data);
  return { ...options, entryPoints: { 'content-ui': join(ROOT, 'src/content/ui/entry.ts') } };
}

/** Bundles one browser's scripts into `outdir`. */
async function bundle(target, outdir, testHooks, data) {
  await esbuild.build(bundleOptions(target, outdir, testHooks, data));
  await esbuild.build(uiBundleOptions(target, outdir, testHooks, data));
  if (!testHooks && readFileSync(join(outdir, 'background.js'), 'utf8').includes('backstoryControl')) {
    throw new Error(`the test hook leaked into the release build of ${target}`);
  }
}

const cliOptions = nodeBundleOptions(join(ROOT, 'src/cli/index.ts'), join(DIST, 'cli.mjs'), { banner: { js: '#!/usr/bin/env node' } });

/** Copies pages, styles, icons and locales, and writes the manifest and data. */
function writeStatic(target, out, dataFiles) {
  mkdirSync(join(out, 'data'), { recursive: true });
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(target), null, 2)}\n`);
  for (const [name, contents] of Object.entries(dataFiles)) {
    mkdirSync(dirname(join(out, 'data', name)), { recursive: true });
    writeFileSync(join(out, 'data', name), contents);
  }
  for (const page of ['popup', 'options']) {
    for (const ext of ['html', 'css']) {
      const file = join(ROOT, 'src', page, `${page}.${ext}`);
      if (existsSync(file)) cpSync(file, join(out, `${page}.${ext}`));
    }
  }
  cpSync(join(ROOT, 'src/_locales'), join(out, '_locales'), { recursive: true });
  // The bundled data's licence and credits travel inside every package: CC BY and CC BY-NC require them.
  for (const name of ['LICENSE.md', 'CREDITS.md']) cpSync(join(ROOT, 'data', name), join(out, 'data', name));
  mkdirSync(join(out, 'icons'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'icons'))) {
    if (name.endsWith('.png')) cpSync(join(ROOT, 'icons', name), join(out, 'icons', name));
  }
}

function treeSize(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? treeSize(path) : stat.size;
  }
  return total;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

async function buildOnce() {
  const started = Date.now();
  const data = await compileData();
  for (const target of TARGETS) {
    rmSync(join(DIST, target), { recursive: true, force: true });
    await bundle(target, join(DIST, target), false, data);
    writeStatic(target, join(DIST, target), data.files);
    if (withTestHooks) {
      const testOut = join(DIST, 'test', target);
      rmSync(testOut, { recursive: true, force: true });
      await bundle(target, testOut, true, data);
      writeStatic(target, testOut, data.files);
    }
    const size = treeSize(join(DIST, target));
    console.log(`build: dist/${target} ${kb(size)} (${data.summary}; ${data.count} entities)`);
    if (size > SIZE_BUDGET_BYTES) throw new Error(`dist/${target} is ${kb(size)}, over the ${kb(SIZE_BUDGET_BYTES)} budget`);
    if (!noZip) {
      const zip = join(DIST, `backstory-${target}-${pkg.version}.zip`);
      zipDirectory(join(DIST, target), zip);
      console.log(`build: ${zip.slice(ROOT.length + 1)} ${kb(statSync(zip).size)}`);
    }
  }
  if (existsSync(cliOptions.entryPoints[0])) await esbuild.build(cliOptions);
  console.log(data.stats.replace(/^/gm, 'build: '));
  console.log(`build: done in ${Date.now() - started} ms`);
}

async function main() {
  mkdirSync(DIST, { recursive: true });
  try {
    await buildOnce();
  } catch (error) {
    if (!isWatch) fail(error.message);
    console.error(`build: ${error.message}`);
  }
  if (!isWatch) return;
  // Rebuild everything on any change: a full build takes about a second, and one
  // path for every change keeps the watch output identical to `npm run build`.
  let timer;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => buildOnce().catch((error) => console.error(`build: ${error.message}`)), 100);
  };
  for (const dir of ['src', 'data', 'icons']) watch(join(ROOT, dir), { recursive: true }, rebuild);
  watch(join(ROOT, 'manifest.json'), rebuild);
  console.log('build: watching src/, data/, icons/ and manifest.json');
}

main().catch((error) => fail(error.stack ?? String(error)));
