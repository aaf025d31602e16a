// What a signed-in admin waits for in the browser (issue 8 goals): the Cloud PKI blade's first-load JavaScript under
// 300 KiB gzip, and every warm in-app navigation under 200 ms to rows. With BENCH_UI_REFERENCE=<built checkout> the
// reference column is that checkout measured in the same run; otherwise it is the goal.
import type { Bench, BenchRow } from '../bench';
import { formatMs } from '../format-figures';
import { measureUiBladeLoad, UI_BLADE, UI_ROUNDS, type UiFigures } from '../ui/measure-blade-load';

const FIRST_LOAD_GOAL_KIB = 300;
const WARM_GOAL_MS = 200;
const FIRST_PORT = process.env.BENCH_UI_PORT ? Number(process.env.BENCH_UI_PORT) : undefined;

const formatKiB = (figures: UiFigures) => `${figures.firstLoadGzipKiB.toFixed(0)} KiB gzip in ${figures.firstLoadFiles} scripts`;

export const uiBladeLoadBench: Bench = {
  name: 'ui',
  description: `first-load JS of ${UI_BLADE} and warm navigation to rows, in Chromium`,
  async run(context) {
    context.log('ui: measuring this checkout…');
    const ours = await measureUiBladeLoad(process.cwd(), FIRST_PORT);
    const referenceDir = process.env.BENCH_UI_REFERENCE;
    if (referenceDir) context.log(`ui: measuring the reference ${referenceDir}…`);
    const theirs = referenceDir ? await measureUiBladeLoad(referenceDir, FIRST_PORT && FIRST_PORT + 1) : undefined;
    const rows: BenchRow[] = [
      { figure: `UI first-load JS of ${UI_BLADE}`, value: formatKiB(ours), reference: theirs ? formatKiB(theirs) : `goal < ${FIRST_LOAD_GOAL_KIB} KiB gzip` },
      {
        figure: 'UI duplicate prefetches',
        value: ours.duplicatePrefetches.join(', ') || 'none',
        reference: theirs ? theirs.duplicatePrefetches.join(', ') || 'none' : 'goal: none',
      },
    ];
    for (const [blade, ms] of Object.entries(ours.warmMs)) {
      const reference = theirs?.warmMs[blade];
      rows.push({
        figure: `UI warm Home → ${blade} rows (median of ${UI_ROUNDS})`,
        value: formatMs(ms),
        reference: reference === undefined ? `goal < ${WARM_GOAL_MS} ms` : formatMs(reference),
      });
    }
    return rows;
  },
};
