// `npm run bench:ui` — what a signed-in admin waits for in the browser: the first-load JavaScript of the Cloud PKI
// blade (gzip, as the server would send it compressed) and the warm, in-app navigation from one blade to the rows of
// another. Prints figures, asserts nothing: timings on a shared machine are pessimistic, so compare runs made side by side.
//   BENCH_UI_REFERENCE=<dir>  a second built checkout (e.g. main before a change) measured in the same run, for a ratio
//   BENCH_UI_ROUNDS=<n>       warm navigations per blade (default 5; the median is printed)
//   BENCH_UI_PORT=<port>      first port to use (default: free ones; the reference takes the next one)
import { measureUiBladeLoad, UI_BLADE, UI_ROUNDS, type UiFigures } from './measure-blade-load';

const FIRST_PORT = process.env.BENCH_UI_PORT ? Number(process.env.BENCH_UI_PORT) : undefined;

function printFigures(label: string, figures: UiFigures): void {
  console.log(`${label}`);
  console.log(`  first load of ${UI_BLADE}: ${figures.firstLoadGzipKiB.toFixed(0)} KiB gzip in ${figures.firstLoadFiles} scripts`);
  console.log(`  duplicate prefetches: ${figures.duplicatePrefetches.length === 0 ? 'none' : figures.duplicatePrefetches.join(', ')}`);
  for (const [name, ms] of Object.entries(figures.warmMs)) console.log(`  warm navigation Home → ${name} rows: ${ms.toFixed(0)} ms (median of ${UI_ROUNDS})`);
}

const current = await measureUiBladeLoad(process.cwd(), FIRST_PORT);
printFigures(`this checkout (${process.cwd()})`, current);
const referenceDir = process.env.BENCH_UI_REFERENCE;
if (referenceDir) {
  const reference = await measureUiBladeLoad(referenceDir, FIRST_PORT && FIRST_PORT + 1);
  printFigures(`reference (${referenceDir})`, reference);
  console.log(`  ratio first load this/reference: ${(current.firstLoadGzipKiB / reference.firstLoadGzipKiB).toFixed(2)}`);
}
