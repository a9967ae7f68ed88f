export { isSamplePlan, SAMPLE_PLAN_ID } from "./id.js";
export { samplePlan } from "./kim-lien-2026.js";
