export { loadLocality, main } from "./cli.js";
export { basicAuth, createCouchClient, HubSetupError, normaliseUrl } from "./couch.js";
export {
  type DatabaseReport,
  generatePassword,
  type NewCredential,
  type ProvisionOptions,
  type ProvisionReport,
  provision,
  replicationDoc,
  sameContent,
} from "./provision.js";
