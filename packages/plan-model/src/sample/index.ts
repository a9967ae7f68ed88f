export { samplePlan } from "./kim-lien-2026.js";
