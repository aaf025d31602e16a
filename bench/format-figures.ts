// How the benchmark table writes its numbers: the same units everywhere, thousands separated.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export const formatCount = (value: number) => numberFormat.format(value);
export const formatRate = (perSecond: number) => `${perSecond < 100 ? perSecond.toFixed(1) : numberFormat.format(perSecond)}/s`;
export const formatMs = (ms: number) => `${ms < 10 ? ms.toFixed(1) : numberFormat.format(ms)} ms`;
export const formatSeconds = (seconds: number) => `${seconds.toFixed(1)} s`;
export const formatPercent = (ratio: number) => `${(100 * ratio).toFixed(ratio < 0.1 ? 1 : 0)} %`;
