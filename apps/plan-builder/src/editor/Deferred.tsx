import { type ReactNode, startTransition, useEffect, useState } from "react";

// A part of a long page that is drawn just after the page first appears: the editor opens with
// what is on screen (the header), usable at once, and the parts below come in a transition, which
// React renders in slices between the browser's own work (input, paint, starting the document
// worker), instead of one long task before anything shows.

export function Deferred({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    startTransition(() => setShown(true));
  }, []);
  return shown ? children : null;
}
