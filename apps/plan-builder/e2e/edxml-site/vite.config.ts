import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { kehoachSite } from "@kehoach/site-kit/vite";
import type { PluginOption } from "vite";
import base from "../../vite.config.ts";

// The plan builder built for a copy of the Kim Liên locality whose agencies carry electronic
// identifiers of the shape of QĐ 20/2020/QĐ-TTg ("000.NN.00.Z99": test values of the Z series, no
// real agency's), so the edXML export can be tested end to end: the real directory has no codes
// yet, and real codes are not invented. Served at 127.0.0.1:4190 beside the app's own build.

const repo = fileURLToPath(new URL("../../../../", import.meta.url));
const localitiesDir = mkdtempSync(join(tmpdir(), "kehoach-edxml-localities-"));
cpSync(join(repo, "localities"), localitiesDir, { recursive: true });
const file = join(localitiesDir, "kim-lien", "locality.json");
const locality = JSON.parse(readFileSync(file, "utf8")) as { agencies: { edocCode?: string }[] };
locality.agencies.forEach((agency, index) => {
  agency.edocCode = `000.${String(index + 1).padStart(2, "0")}.00.Z99`;
});
writeFileSync(file, JSON.stringify(locality, null, 2));

const isSitePlugin = (plugin: PluginOption) =>
  typeof plugin === "object" && plugin !== null && "name" in plugin && plugin.name === "kehoach-site";

export default {
  ...base,
  root: fileURLToPath(new URL("../../", import.meta.url)),
  plugins: [
    ...(base.plugins ?? []).flat().filter((plugin) => !isSitePlugin(plugin)),
    kehoachSite({ app: "plan-builder", locality: "kim-lien", localitiesDir }),
  ],
  build: { ...base.build, outDir: "e2e/edxml-site/dist", emptyOutDir: true },
  preview: { host: "127.0.0.1", port: 4190, strictPort: true },
};
