// Prints the top self-time functions of a V8 .cpuprofile (node --cpu-prof), grouped by function and file, and the
// share per package: what to look at before optimising, without reading the whole profile.
//   npx tsx bench/summarize-cpu-profile.ts <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1]!;
  // Turbopack names a server chunk after what it bundles: chunks/node_modules_asn1js_build_index_….js
  const chunk = /\/chunks\/(?:ssr\/)?node_modules_((?:@[^_]+_)?[^_]+)_/.exec(url);
  if (chunk) return chunk[1]!.replace(/^(@[^_]+)_/, '$1/');
  if (url.startsWith('wasm://')) return '(wasm: PGlite)';
  if (url.startsWith('node:') || url === '') return url.replace(/^(node:internal\/[^/]+).*/, '$1') || '(native)';
  return url.includes('/.next/') ? '(app bundle)' : '(app)';
}

const [file, topText] = process.argv.slice(2);
if (!file) throw new Error('usage: summarize-cpu-profile <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map<string, number>();
const perPackage = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, index) => {
  const node = byId.get(id);
  const delta = profile.timeDeltas[index] ?? 0;
  if (!node) return;
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === '(idle)') return;
  total += delta;
  const key = `${functionName || '(anonymous)'}  ${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`;
  selfTime.set(key, (selfTime.get(key) ?? 0) + delta);
  const pkg = functionName.startsWith('(') ? functionName : packageOf(url);
  perPackage.set(pkg, (perPackage.get(pkg) ?? 0) + delta);
});
const show = (map: Map<string, number>, count: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .forEach(([key, micros]) => console.log(`${(micros / 1000).toFixed(0).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`));
console.log(`busy ${(total / 1e6).toFixed(2)} s (idle excluded)\n— by package —`);
show(perPackage, 15);
console.log('— top self time —');
show(selfTime, Number(topText ?? 25));
