export {
  type MessageOverrides,
  MessagesProvider,
  type MessagesProviderProps,
  mergeMessages,
  useMessages,
} from "./context.js";
export { en } from "./en.js";
export { TASK_STATUSES, type TaskStatus } from "./status.js";
export { type Messages, vi } from "./vi.js";
