// The repository explains itself: its comments and documents state facts, never "see section N" of a
// document that lives outside it (a reader of a fresh clone has none of those).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const OUTSIDE_REFERENCES = [/\bspec §/i, /\.\.\/shared\b/, /\bspec\/(intune-cloud-pki|scep-interop|admin-center-look|auth|toolchain)\b/, /\bHOUSE\.md\b/];

function trackedTextFiles(): string[] {
  const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n');
  return files.filter((file) => /\.(ts|tsx|js|mjs|md|json|sh|sql)$|^\.ci\//.test(file) && file !== 'package-lock.json');
}

describe('the repository', () => {
  it('points at nothing outside itself', () => {
    const found = trackedTextFiles().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (OUTSIDE_REFERENCES.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
