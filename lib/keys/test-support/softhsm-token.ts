// SoftHSM2 tokens of the tests' own (Debian `softhsm2`, installed by .ci/test-suite): a fresh token directory and
// SOFTHSM2_CONF per test process, so runs never share keys or collide with a system token.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MODULE_CANDIDATES = ['/usr/lib/softhsm/libsofthsm2.so', '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so'];

export interface SoftHsmToken {
  modulePath: string;
  tokenLabel: string;
  pin: string;
}

let configured: string | undefined;

/** Must run before the process first initialises the library: SoftHSM2 reads SOFTHSM2_CONF in C_Initialize. */
function configureSoftHsm(): string {
  if (configured) return configured;
  const directory = mkdtempSync(join(tmpdir(), 'softhsm-'));
  const tokens = join(directory, 'tokens');
  mkdirSync(tokens);
  writeFileSync(join(directory, 'softhsm2.conf'), `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  process.env.SOFTHSM2_CONF = join(directory, 'softhsm2.conf');
  configured = directory;
  return directory;
}

export function createSoftHsmToken(tokenLabel = 'Cloud PKI test', pin = '24681357'): SoftHsmToken {
  const modulePath = MODULE_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!modulePath) throw new Error('SoftHSM2 is not installed: apt-get install softhsm2 (.ci/test-suite does)');
  configureSoftHsm();
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', tokenLabel, '--so-pin', `so-${pin}`, '--pin', pin], {
    env: process.env,
    stdio: 'ignore',
  });
  return { modulePath, tokenLabel, pin };
}
