import { signerBlock } from "@kehoach/plan-documents";
import type { Signer } from "@kehoach/plan-model";
import type { Path } from "@kehoach/plan-model/editing";
import { describeSigner, signersFor, toSigner } from "@kehoach/plan-model/editing";
import { Select } from "@kehoach/ui/select";
import { memo } from "react";
import { useT } from "../../i18n/context.js";
import { useEditor } from "../editor-context.js";
import { fieldId, pathAttr } from "../field-id.js";
import { TextInput } from "../fields.js";

// The signature block: one of the locality's signers for the issuing agency, or typed; shown as
// it will be printed ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").

export const SignerPart = memo(function SignerPart({
  signer,
  issuerId,
}: {
  signer: Signer | undefined;
  issuerId: string | undefined;
}) {
  return (
    <div className="pb-part__body">
      <SignerFields path={["signer"]} signer={signer} issuerId={issuerId} />
    </div>
  );
});

export function SignerFields({
  path,
  signer,
  issuerId,
}: {
  path: Path;
  signer: Signer | undefined;
  issuerId: string | undefined;
}) {
  const t = useT();
  const { edit, locality, readOnly } = useEditor();
  const defaults = signersFor(locality, issuerId);
  const current = signer
    ? defaults.findIndex((d) => describeSigner(toSigner(d)) === describeSigner(signer))
    : -1;
  return (
    <>
      <Select
        id={fieldId([...path, "choice"])}
        label={t.signer.choose}
        hint={t.signer.chooseHint}
        disabled={readOnly}
        options={[
          ...defaults.map((d, i) => ({ value: String(i), label: describeSigner(toSigner(d)) })),
          { value: "custom", label: t.signer.custom },
          { value: "none", label: t.signer.none },
        ]}
        value={signer === undefined ? "none" : current >= 0 ? String(current) : "custom"}
        onChange={(e) => {
          const value = e.target.value;
          if (value === "none") edit({ type: "set", path, value: undefined });
          else if (value === "custom") edit({ type: "set", path, value: signer ?? { title: "" } });
          else {
            const chosen = defaults[Number(value)];
            if (chosen) edit({ type: "set", path, value: toSigner(chosen) });
          }
        }}
      />
      {signer ? (
        <div {...pathAttr(path)}>
          <div className="pb-grid-2">
            <TextInput
              path={[...path, "collective"]}
              value={signer.collective}
              label={t.signer.collective}
              hint={t.signer.collectiveHint}
              optional
            />
            <Select
              id={fieldId([...path, "delegation"])}
              {...pathAttr([...path, "delegation"])}
              label={t.signer.delegation}
              disabled={readOnly}
              placeholder={t.signer.noDelegation}
              options={(["KT", "Q", "TL", "TUQ"] as const).map((d) => ({
                value: d,
                label: t.signer.delegations[d],
              }))}
              value={signer.delegation ?? ""}
              onChange={(e) =>
                edit({ type: "set", path: [...path, "delegation"], value: e.target.value || undefined })
              }
            />
          </div>
          <div className="pb-grid-3">
            <TextInput
              path={[...path, "headTitle"]}
              value={signer.headTitle}
              label={t.signer.headTitle}
              hint={t.signer.headTitleHint}
              optional
            />
            <TextInput path={[...path, "title"]} value={signer.title} label={t.signer.title} />
            <TextInput path={[...path, "name"]} value={signer.name} label={t.signer.name} optional />
          </div>
          <div className="pb-signer-preview">
            <p className="pb-hint">{t.signer.printedAs}</p>
            {/* The signature block as the document prints it: Vietnamese whatever the screen's language. */}
            <div lang="vi">
              {signerBlock(signer).lines.map((line) => (
                <p key={line} className="pb-signer-preview__line">
                  {line.toLocaleUpperCase("vi")}
                </p>
              ))}
              <p className="pb-signer-preview__name">{signer.name ?? ""}</p>
            </div>
          </div>
        </div>
      ) : null}
    </>
  );
}
