export function range(from, to = from) {
    return { from, to };
}
export function spanOf(ranges) {
    let from = Number.POSITIVE_INFINITY;
    let to = 0;
    for (const r of ranges) {
        if (r.from < from)
            from = r.from;
        if (r.to > to)
            to = r.to;
    }
    return Number.isFinite(from) ? { from, to } : { from: 1, to: 1 };
}
//# sourceMappingURL=blocks.js.map