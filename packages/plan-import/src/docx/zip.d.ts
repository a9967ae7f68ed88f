export declare class ZipError extends Error {
    readonly tooLarge: boolean;
    constructor(message: string, tooLarge?: boolean);
}
/** The named entries that exist, inflated; each limited to `limit` bytes once inflated. */
export declare function readZipEntries(bytes: Uint8Array, names: readonly string[], limit: number): Map<string, Uint8Array>;
//# sourceMappingURL=zip.d.ts.map