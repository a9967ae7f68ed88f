import { contrastRatio } from "@kehoach/ui/theme";
import { useLayoutEffect, useRef, useState } from "react";

/** A colour token shown with the value it has where it is rendered (so it follows the theme). */
export function Swatch({ token, on }: { token: string; on?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [value, setValue] = useState("");
  const [background, setBackground] = useState("");
  useLayoutEffect(() => {
    if (!ref.current) return;
    const style = getComputedStyle(ref.current);
    setValue(style.getPropertyValue(`--kh-${token}`).trim());
    if (on) setBackground(style.getPropertyValue(`--kh-${on}`).trim());
  });
  const ratio =
    on && /^#[0-9a-f]{6}$/i.test(value) && /^#[0-9a-f]{6}$/i.test(background)
      ? contrastRatio(value, background)
      : null;
  return (
    <div ref={ref} className="sb-swatch">
      <div
        className="sb-swatch__chip"
        style={
          on
            ? { background: `var(--kh-${on})`, color: `var(--kh-${token})` }
            : { background: `var(--kh-${token})` }
        }
      >
        {on ? "Aa Chữ Việt" : null}
      </div>
      <code>--kh-{token}</code>
      <span>
        {value}
        {ratio !== null && (
          <>
            {" "}
            · {ratio.toFixed(2)}:1 trên --kh-{on}
          </>
        )}
      </span>
    </div>
  );
}
