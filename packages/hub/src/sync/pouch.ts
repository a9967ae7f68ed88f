// The part of PouchDB the sync module uses, typed here so that pouchdb-browser (in the apps) and
// pouchdb-core with the memory adapter (in Node) both fit, and neither is a dependency.

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [key: string]: unknown;
}

export interface PouchEmitter {
  on(event: string, listener: (...args: never[]) => void): this;
  cancel(): void;
}

export interface PouchDatabase {
  get(id: string, options?: Record<string, unknown>): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<{ ok: boolean; id: string; rev: string }>;
  bulkDocs(
    docs: PouchDoc[],
    options?: Record<string, unknown>,
  ): Promise<({ ok: true; id: string; rev: string } | { error: string; reason?: string; id?: string })[]>;
  allDocs(
    options?: Record<string, unknown>,
  ): Promise<{ rows: { id: string; value: { rev: string }; doc?: PouchDoc }[] }>;
  changes(
    options?: Record<string, unknown>,
  ): PouchEmitter & Promise<{ results: { id: string }[]; last_seq: number | string }>;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  sync(remote: PouchDatabase, options?: Record<string, unknown>): PouchEmitter;
  replicate: { from(remote: PouchDatabase, options?: Record<string, unknown>): PouchEmitter };
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}

export type PouchConstructor = new (name: string, options?: Record<string, unknown>) => PouchDatabase;
