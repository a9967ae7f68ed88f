// Guard against Radix's "pointer-events: none stuck on <body>" failure
// (radix-ui/primitives#1241, #3645): when a modal closes while another layer (a menu that opened
// it, a second dialog) is unmounting, the style Radix set on <body> can be restored in the wrong
// order and the whole page stops taking clicks. After a close, once no modal layer of ours is
// open, we clear what is left.

const OPEN_LAYER = '[data-slot="dialog-content"][data-state="open"]';

export function releaseBodyPointerEvents(doc: Document = document): void {
  const clear = () => {
    if (doc.querySelector(OPEN_LAYER) !== null) return;
    if (doc.body.style.pointerEvents === "none") doc.body.style.pointerEvents = "";
  };
  // Radix restores the style in an effect cleanup; we look after it has run.
  const view = doc.defaultView;
  if (view === null) {
    clear();
    return;
  }
  view.requestAnimationFrame(() => {
    view.setTimeout(clear, 0);
  });
}
