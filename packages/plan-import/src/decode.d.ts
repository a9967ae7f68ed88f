export type Decoded = {
    ok: true;
    text: string;
} | {
    ok: false;
    message: string;
};
export declare function sniffFormat(bytes: Uint8Array): "zip" | "ole" | "pdf" | "text";
export declare function decodeText(bytes: Uint8Array): Decoded;
//# sourceMappingURL=decode.d.ts.map