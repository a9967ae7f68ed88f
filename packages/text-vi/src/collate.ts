// Vietnamese order (CLDR "vi": a ă â b c d đ e ê …, tones as a secondary difference). Sorting by
// code point would put Đ after Z.
const collator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy; the input is not changed. */
export function sortVi<T>(items: readonly T[], key: (item: T) => string = String): T[] {
  return [...items].sort((x, y) => collator.compare(key(x), key(y)));
}
