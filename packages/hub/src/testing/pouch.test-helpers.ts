import { createRequire } from "node:module";
import type { PouchConstructor } from "../sync/pouch.js";

// PouchDB for Node tests: the same core, HTTP adapter and replication that pouchdb-browser
// bundles, with the memory adapter instead of IndexedDB.
const require = createRequire(import.meta.url);
const PouchDB = require("pouchdb-core")
  .plugin(require("pouchdb-adapter-memory"))
  .plugin(require("pouchdb-adapter-http"))
  .plugin(require("pouchdb-replication"));

export const NodePouchDB = PouchDB as PouchConstructor;
