// Every benchmark `npm run bench` runs, in this order (`npm run bench -- <name>…` runs some). To add one: a file in
// bench/benches/ exporting a Bench (bench/bench.ts) and a line here.
import type { Bench } from './bench';
import { crlRebuildBench } from './benches/crl-rebuild';
import { deviceFleetBench } from './benches/device-fleet';
import { leafListBench } from './benches/leaf-list';
import { scepHsmThroughputBench } from './benches/scep-hsm-throughput';
import { scepThroughputBench } from './benches/scep-throughput';
import { uiBladeLoadBench } from './benches/ui-blade-load';

export const BENCHES: readonly Bench[] = [scepThroughputBench, scepHsmThroughputBench, deviceFleetBench, crlRebuildBench, leafListBench, uiBladeLoadBench];
