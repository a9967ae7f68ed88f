export declare const performance: {
    now(): number;
};
//# sourceMappingURL=clock.d.ts.map