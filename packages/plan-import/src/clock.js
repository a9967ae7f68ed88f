// performance.now() exists in Node, browsers and workers alike; this keeps one import site.
export const performance = globalThis.performance ?? { now: () => Date.now() };
//# sourceMappingURL=clock.js.map