// performance.now() exists in Node, browsers and workers alike; this keeps one import site.
export const performance: { now(): number } = globalThis.performance ?? { now: () => Date.now() };
