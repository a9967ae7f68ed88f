export { loadLocality, main } from "./cli.js";
export { basicAuth, createCouchClient, HubSetupError, normaliseUrl } from "./couch.js";
export {
  type DatabaseReport,
  generatePassword,
  type NewCredential,
  type ProgressFlow,
  type ProvisionOptions,
  type ProvisionReport,
  progressFlowDoc,
  progressFlowJobId,
  provision,
  replicationDoc,
  sameContent,
} from "./provision.js";
