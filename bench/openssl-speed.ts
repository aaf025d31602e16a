// The machine's raw RSA-2048 signing rate, measured with `openssl speed -seconds 3 rsa2048` in the same run, as the
// yardstick for enrollments per second: every enrollment costs the server at least three RSA private-key operations
// (RA unwrap, CA signature with an RSA CA, RA signature of the CertRep).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface RsaSpeed {
  readonly signsPerSecond: number;
  readonly verifiesPerSecond: number;
}

/** Reads the `rsa 2048 bits 0.000200s 0.000012s 5009.1 83775.0` line (sign s, verify s, sign/s, verify/s). */
export function parseOpensslRsaSpeed(output: string): RsaSpeed {
  const match = /^rsa\s+2048 bits\s+\S+\s+\S+\s+([\d.]+)\s+([\d.]+)/m.exec(output);
  if (!match) throw new Error(`Cannot find the RSA-2048 line in the openssl speed output:\n${output}`);
  return { signsPerSecond: Number(match[1]), verifiesPerSecond: Number(match[2]) };
}

export async function measureRsa2048Speed(): Promise<RsaSpeed> {
  const { stdout } = await promisify(execFile)('openssl', ['speed', '-seconds', '3', 'rsa2048'], { timeout: 120_000 });
  return parseOpensslRsaSpeed(stdout);
}
