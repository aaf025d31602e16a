// What one benchmark of `npm run bench` is (the registry is bench/benches.ts): a named function that measures and
// returns rows of the one table the runner prints. A row names the figure, its value, and the reference it is read
// against, measured in the same run where there is one (openssl speed, a reference server, a goal of an issue).
import type { RsaSpeed } from './openssl-speed';
import type { RunningPortal } from './start-portal';

export interface BenchRow {
  /** What is measured and how: "SCEP enrollments/s (RSA-2048 CA, 8 in flight)". */
  readonly figure: string;
  readonly value: string;
  /** The reference from the same run, or the goal it is judged by; "" when there is none. */
  readonly reference: string;
}

export interface BenchContext {
  /**
   * The portal of this run: `node --import tsx server.ts` in production mode on a free port, with a temp DATA_DIR and
   * client credentials; started on first use, shared by the benches, stopped at the end. A bench that needs other
   * settings (an HSM) starts its own with startPortal(env) and stops it itself.
   */
  portal(): Promise<RunningPortal>;
  /** `openssl speed -seconds 3 rsa2048`, measured once per run. */
  rsa2048Speed(): Promise<RsaSpeed>;
  /** Progress for the console (stderr); only the table goes to stdout. */
  log(message: string): void;
}

export interface Bench {
  /** Short name to run it alone: `npm run bench -- scep`. */
  readonly name: string;
  readonly description: string;
  run(context: BenchContext): Promise<readonly BenchRow[]>;
}
