import { type FontSet, nd30Profile } from "@kehoach/vanban";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdf } from "@kehoach/vanban/pdf";
import { congVanSpecimen } from "@kehoach/vanban/specimens";
import { beforeAll, describe, expect, it } from "vitest";
import { CopyError, makeCopy, PdfReadError, SignError, signPdf, textLines } from "./index.js";
import type { KeySigner } from "./signers.js";

// Files from elsewhere may be cut short or damaged: every failure is one of ours, in Vietnamese,
// never a TypeError from deep inside the parser.

let pdf: Uint8Array;
let fonts: FontSet;
const signer: KeySigner = {
  kind: "key",
  // A certificate is only read when the file is good enough to sign: this one is never reached
  // in the cases that must fail, and the cases that succeed are not signed for real here.
  certificate: new Uint8Array(),
  sign: async () => new Uint8Array(256),
};

beforeAll(async () => {
  fonts = await loadTinosFromNodeModules();
  pdf = await renderPdf(congVanSpecimen(), { fonts, profile: nd30Profile(14) });
}, 60_000);

function ours(error: unknown): boolean {
  return (
    error instanceof PdfReadError ||
    error instanceof SignError ||
    error instanceof CopyError ||
    (error instanceof Error && /chứng thư/u.test(error.message))
  );
}

describe("damaged PDFs", () => {
  it("refuses a file cut short anywhere with a reason of its own", async () => {
    for (let cut = 0; cut < pdf.length; cut += Math.max(1, Math.floor(pdf.length / 97))) {
      const piece = pdf.subarray(0, cut);
      try {
        textLines(piece);
      } catch (error) {
        expect(ours(error), `cut at ${cut}: ${String(error)}`).toBe(true);
      }
      await signPdf(piece, { signer }).catch((error: unknown) => {
        expect(ours(error), `cut at ${cut}: ${String(error)}`).toBe(true);
      });
    }
  }, 60_000);

  it("never fails with someone else's error on bytes changed at random", async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 120; round++) {
      const damaged = Uint8Array.from(pdf);
      for (let k = 0; k < 20; k++)
        damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      const copy = () =>
        makeCopy(damaged, {
          form: "SY",
          issuingBody: ["Văn phòng HĐND và UBND"],
          symbol: "SY-VP",
          place: "Đông Sơn",
          date: { year: 2026 },
          signer: { lines: ["Chánh Văn phòng"], name: "Nguyễn Văn An" },
          recipients: { items: [], archive: "VT" },
          fonts,
        });
      for (const attempt of [() => textLines(damaged), () => signPdf(damaged, { signer }), copy]) {
        try {
          await attempt();
        } catch (error) {
          expect(ours(error), `round ${round}: ${String(error)}`).toBe(true);
        }
      }
    }
  }, 60_000);
});
