export interface FixtureSize {
  raw: number;
  gzip: number;
}

export interface FixtureBundle {
  js: string;
  css: string;
  sizes: { js: FixtureSize; css: FixtureSize };
}

export function bundleFixture(
  name: string,
  source: string,
  options?: { fromSource?: boolean },
): Promise<FixtureBundle>;
