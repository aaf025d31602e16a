// Sums Vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const [unitReport, e2eReport] = process.argv.slice(2);
let passed = 0;
let failed = 0;

if (unitReport && existsSync(unitReport)) {
  const unit = JSON.parse(readFileSync(unitReport, 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  // A file whose hooks or imports fail reports its tests as skipped, not failed: count the file itself.
  failed += unit.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
} else {
  failed += 1; // the unit run did not even report
}

if (e2eReport && existsSync(e2eReport)) {
  const { stats } = JSON.parse(readFileSync(e2eReport, 'utf8'));
  passed += stats.expected + stats.flaky;
  // The suite skips nothing on purpose: a test that did not run (its serial file stopped at a failure) did not pass.
  failed += stats.unexpected + stats.skipped;
} else {
  failed += 1; // the build or the e2e run did not report
}

console.log(`${passed} passed, ${failed} failed`);
