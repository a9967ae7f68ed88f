// pouchdb-browser ships no types; the hub types the part of PouchDB it uses itself (sync/pouch.ts).
declare module "pouchdb-browser" {
  const PouchDB: unknown;
  export default PouchDB;
}
