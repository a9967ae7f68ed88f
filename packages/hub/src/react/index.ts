// @kehoach/hub/react: the hub's status for an app shell's header, and its connection dialog.
export { describeState, HubStatus, type HubStatusProps } from "./HubStatus.js";
export { formatSyncTime, type HubWords, hubWordsEn, hubWordsVi } from "./words.js";
