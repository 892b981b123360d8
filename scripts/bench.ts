// npm run bench [-- options]: whole-process speed and memory of bin/restore-text.js, as a user
// feels them, on a corpus generated at run time (scripts/bench/corpus.ts) in a temporary folder:
//   start-up   --help; a 1 KB file with --no-context and with the full engine
//   files      genuine, spun and tortured-dense text in single files of 1, 5, 20 and 50 MB, with
//              --no-context; the full engine on the 1 MB files only (it decodes about 1,500
//              words a second: 20 MB would take hours; --full-sizes 1,5 to add more)
//   folders    2,000 files with --no-context, and their first 200 with the full engine, each
//              with --jobs 1 and --jobs N (N: the number of processors)
//   codespell  the same files through codespell (Debian `codespell`), the reference of a plain
//              dictionary scan (skipped when it is not installed)
// Each figure is the median of --runs runs (default 3; 1 for files of 20 MB and more): wall and
// CPU (user + system) seconds and the peak RSS, from /usr/bin/time. MB/s and s/MB are per CPU
// second (on a loaded machine the wall clock says more about the neighbours). One markdown table
// on standard output, and the same as JSON in bench-results.json (git-ignored; --json PATH).
//
//   --quick            sizes 1 and 5 MB, 200 files, one run each
//   --sizes 1,5,20,50  --full-sizes 1  --files 2000  --runs 3  --timeout 900 (seconds a run)
//   --bin PATH         another build's bin/restore-text.js (e.g. main's), same corpus
//   --only a,b         start-up, files, full, folders, codespell
//   --corpus DIR       keep the corpus there (default: a temporary folder, removed after)
//   --phases           instead: the engine's phases in this process (load, restore; heap)
// Timings are never used in tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, MB, writeCorpus, type Corpus } from './bench/corpus.js';
import { measure, type Measured } from './bench/measure.js';
import { phases } from './bench/phases.js';
import { table } from './eval/format.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Args {
  readonly sizes: number[];
  readonly fullSizes: number[];
  readonly files: number;
  readonly runs: number;
  readonly timeoutS: number;
  readonly bin: string;
  readonly only?: string[];
  readonly corpus?: string;
  readonly json: string;
}

function parseArgs(argv: readonly string[]): Args | 'phases' {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at < 0 ? undefined : argv[at + 1];
  };
  const list = (name: string, fallback: number[]): number[] =>
    value(name)?.split(',').map(Number) ?? fallback;
  if (argv.includes('--phases')) return 'phases';
  const quick = argv.includes('--quick');
  return {
    sizes: list('--sizes', quick ? [1, 5] : [1, 5, 20, 50]),
    fullSizes: list('--full-sizes', [1]),
    files: Number(value('--files') ?? (quick ? 200 : 2000)),
    runs: Number(value('--runs') ?? (quick ? 1 : 3)),
    timeoutS: Number(value('--timeout') ?? 900),
    bin: resolve(value('--bin') ?? join(ROOT, 'bin', 'restore-text.js')),
    ...(value('--only') !== undefined ? { only: (value('--only') as string).split(',') } : {}),
    ...(value('--corpus') !== undefined ? { corpus: resolve(value('--corpus') as string) } : {}),
    json: resolve(value('--json') ?? join(ROOT, 'bench-results.json')),
  };
}

interface Row {
  readonly run: string;
  readonly input: string;
  /** input size in MB (10^6 bytes) */
  readonly mb?: number;
  readonly m: Measured;
}

const f2 = (x: number | undefined, d = 2): string =>
  x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d);

function cells(r: Row): string[] {
  const failed = r.m.timedOut ? 'timed out' : r.m.ok ? '' : 'FAILED';
  // Rates only for inputs of a megabyte or more (a 1 KB run is all start-up).
  const rated = r.mb !== undefined && r.mb >= 0.1 && r.m.ok;
  const perCpu = rated ? (r.mb as number) / r.m.cpu : NaN;
  return [
    r.run,
    r.input,
    r.mb === undefined ? '–' : f2(r.mb, r.mb < 0.01 ? 3 : 1),
    String(r.m.runs),
    failed || f2(r.m.wall),
    failed || f2(r.m.cpu),
    f2(perCpu),
    f2(rated ? r.m.cpu / (r.mb as number) : NaN, 3),
    f2(r.m.rssMb, 0),
  ];
}

const HEADER = [
  'run',
  'input',
  'MB',
  'runs',
  'wall s',
  'CPU s',
  'MB/CPU-s',
  'CPU-s/MB',
  'peak RSS MB',
];

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'phases') {
    void phases();
    return;
  }
  const wants = (part: string): boolean => args.only === undefined || args.only.includes(part);
  const jobs = availableParallelism();
  const dir = args.corpus ?? mkdtempSync(join(tmpdir(), 'restore-text-bench-'));
  const corpus: Corpus = writeCorpus(
    dir,
    [...new Set([...args.sizes, ...args.fullSizes])],
    args.files,
  );
  const rows: Row[] = [];
  const node = process.execPath;
  const run = (
    label: string,
    input: string,
    mb: number | undefined,
    cliArgs: string[],
    runs = args.runs,
  ): void => {
    const m = measure(node, [args.bin, ...cliArgs], { cwd: dir, runs, timeoutS: args.timeoutS });
    const row = { run: label, input, ...(mb !== undefined ? { mb } : {}), m };
    rows.push(row);
    console.error(cells(row).join(' | '));
  };
  const runsFor = (size: number): number => (size >= 20 ? 1 : args.runs);
  try {
    if (wants('start-up')) {
      run('--help', '–', undefined, ['--help']);
      run('--no-context', '1 KB spun', 0.001, ['--no-context', corpus.kb1]);
      run('full engine', '1 KB spun', 0.001, [corpus.kb1]);
    }
    if (wants('files')) {
      for (const kind of KINDS) {
        for (const size of args.sizes) {
          run(
            '--no-context',
            `${kind} ${size} MB`,
            size,
            ['--no-context', corpus.files[kind][size] as string],
            runsFor(size),
          );
        }
      }
    }
    if (wants('full')) {
      for (const kind of KINDS) {
        for (const size of args.fullSizes) {
          run('full engine', `${kind} ${size} MB`, size, [corpus.files[kind][size] as string], 1);
        }
      }
    }
    if (wants('folders')) {
      const big = `${corpus.folderFiles} files`;
      const small = `${corpus.smallFolderFiles} files`;
      for (const j of [1, jobs]) {
        run(`--no-context --jobs ${j}`, big, corpus.folderBytes / MB, [
          '--no-context',
          '--jobs',
          String(j),
          corpus.folder,
        ]);
      }
      for (const j of [1, jobs]) {
        run(
          `full engine --jobs ${j}`,
          small,
          corpus.smallFolderBytes / MB,
          ['--jobs', String(j), corpus.smallFolder],
          1,
        );
      }
    }
    if (wants('codespell') && spawnSync('codespell', ['--version']).status === 0) {
      for (const size of args.sizes) {
        const file = corpus.files.tortured[size] as string;
        const m = measure('codespell', [file], {
          cwd: dir,
          runs: runsFor(size),
          timeoutS: args.timeoutS,
          anyStatus: true,
        });
        rows.push({ run: 'codespell (reference)', input: `tortured ${size} MB`, mb: size, m });
      }
      const m = measure('codespell', [corpus.folder], {
        cwd: dir,
        runs: args.runs,
        timeoutS: args.timeoutS,
        anyStatus: true,
      });
      rows.push({
        run: 'codespell (reference)',
        input: `${corpus.folderFiles} files`,
        mb: corpus.folderBytes / MB,
        m,
      });
    }
  } finally {
    if (args.corpus === undefined) rmSync(dir, { recursive: true, force: true });
  }
  console.log(table(HEADER, rows.map(cells)));
  const machine = `node ${process.version}, ${process.platform}/${process.arch}, ${jobs} processors`;
  console.log(
    `\n${machine}; ${existsSync('/usr/bin/time') ? '' : 'no /usr/bin/time: wall only; '}medians of the runs shown`,
  );
  writeFileSync(
    args.json,
    `${JSON.stringify({ machine, bin: args.bin, date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
}

main();
