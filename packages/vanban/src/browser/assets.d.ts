// Files a bundler turns into URLs (Vite's `?url`): the fonts, pdf.js and its worker, fetched only
// when a document is made or shown.
declare module "*?url" {
  const url: string;
  export default url;
}
