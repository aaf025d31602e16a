// npm run bench: builds the portal, then runs every benchmark of bench/benches.ts — each on portals of its own (free
// port, temp DATA_DIR; no PORTAL_URL needed) — and prints ONE table: figure, value, and the reference measured in the
// same run (or the goal it is judged by). Progress goes to stderr, the table to stdout. Exit code 1 if a bench failed
// (its row says why); the others still run. Settings: bench/bench-config.ts and each bench's file.
//   npm run bench                 everything        npm run bench -- scep    only the named benches
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import type { BenchContext, BenchRow } from './bench';
import { BENCHES } from './benches';
import { measureRsa2048Speed, type RsaSpeed } from './openssl-speed';
import { type RunningPortal, startPortal } from './start-portal';

function selectBenches(names: readonly string[]) {
  const unknown = names.filter((name) => !BENCHES.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    throw new Error(`Unknown bench ${unknown.join(', ')}; there are: ${BENCHES.map((bench) => `${bench.name} (${bench.description})`).join('; ')}`);
  }
  return names.length === 0 ? BENCHES : BENCHES.filter((bench) => names.includes(bench.name));
}

function createContext(): BenchContext & { close(): Promise<void> } {
  let portal: Promise<RunningPortal> | undefined;
  let speed: Promise<RsaSpeed> | undefined;
  const log = (message: string) => console.error(`[bench] ${message}`);
  return {
    log,
    portal() {
      if (!portal) log('starting a portal…');
      portal ??= startPortal();
      return portal;
    },
    rsa2048Speed() {
      speed ??= measureRsa2048Speed();
      return speed;
    },
    async close() {
      await portal?.then((running) => running.stop(), () => undefined);
    },
  };
}

function machine(): string {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const load = loadavg().map((value) => value.toFixed(2)).join(' ');
  return `commit ${commit}, ${new Date().toISOString()}, ${cpus().length} cores, load average ${load} (at the end), Node ${process.version}`;
}

/** A Markdown table: readable in a terminal and pasteable into an issue note. */
function formatTable(rows: readonly BenchRow[]): string {
  const cells = [['figure', 'value', 'reference (same run) or goal'], ...rows.map((row) => [row.figure, row.value, row.reference])];
  const widths = [0, 1, 2].map((column) => Math.max(...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => `| ${cell.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const benches = selectBenches(process.argv.slice(2).filter((arg) => !arg.startsWith('--')));
  const context = createContext();
  const rows: BenchRow[] = [];
  let failed = false;
  try {
    for (const bench of benches) {
      context.log(`${bench.name}: ${bench.description}`);
      try {
        rows.push(...(await bench.run(context)));
      } catch (error) {
        failed = true;
        console.error(`[bench] ${bench.name} failed:`, error);
        rows.push({ figure: `${bench.name}: FAILED`, value: (error as Error).message.split('\n')[0] ?? '', reference: '' });
      }
    }
  } finally {
    await context.close();
  }
  console.log(`\nBenchmarks — ${machine()}\n`);
  console.log(formatTable(rows));
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
