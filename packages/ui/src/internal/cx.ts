/** Joins class names, skipping empty ones (a component's own class plus the caller's). */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
