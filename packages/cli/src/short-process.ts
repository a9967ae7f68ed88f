import { setFlagsFromString } from "node:v8";

// A command runs for a fraction of a second. V8's optimizing compiler (TurboFan) spends more CPU
// compiling hot functions on background threads than it saves in so short a run: measured here,
// `kehoach render --sample` took 420 ms of CPU with it and 265 ms without, and a 65-page plan
// 720 ms and 490 ms; at 475 pages the two are even. Imported first by main.ts, before any
// other code has run.
setFlagsFromString("--no-opt");
