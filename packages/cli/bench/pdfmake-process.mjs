// The naive baseline of the cold-CLI benchmark: one fresh Node process that renders the sample plan
// with pdfmake 0.3 used the plain way — the four full Tinos files handed to pdfmake, which parses
// them for this one document, no cache — and writes the PDF. Same content as `kehoach render
// --sample`: the plan goes through planToVanBan, and vanban's pdfmake baseline lays it out.
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { planToVanBan } from "@kehoach/plan-documents";
import { samplePlan } from "@kehoach/plan-model/sample";
import pdfmake from "pdfmake";
import { definitionOf } from "../../vanban/bench/pdfmake-baseline.mjs";

const require = createRequire(import.meta.url);
const FILES = {
  normal: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  bold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  italics: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  bolditalics: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
};
const vanbanRequire = createRequire(require.resolve("@kehoach/vanban/package.json"));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);
const fonts = {};
for (const [style, spec] of Object.entries(FILES)) {
  const name = `${style}.ttf`;
  pdfmake.virtualfs.writeFileSync(name, await readFile(vanbanRequire.resolve(spec)));
  fonts[style] = name;
}
pdfmake.setFonts({ Tinos: fonts });
const buffer = await pdfmake.createPdf(definitionOf(planToVanBan(samplePlan))).getBuffer();
await writeFile(process.argv[2], buffer);
