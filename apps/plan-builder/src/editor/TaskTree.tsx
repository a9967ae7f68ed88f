import type { AgencyRef, Role, Task } from "@kehoach/plan-model";
import {
  formatPath,
  getTask,
  indentTask,
  insertTask,
  moveTaskBy,
  moveTaskTo,
  newTask,
  outdentTask,
  removeTask,
  type TaskPath,
  taskPlanPath,
} from "@kehoach/plan-model/editing";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { IconButton } from "@kehoach/ui/icon-button";
import {
  createContext,
  type DragEvent,
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from "react";
import { flushSync } from "react-dom";
import { useT } from "../i18n/context.js";
import { AgencyPicker } from "./AgencyPicker.js";
import { useEditor } from "./editor-context.js";
import { pathAttr } from "./field-id.js";
import { editThenFocus, ListEditor, NumberInput, pathSuffix, TextInput, TextList } from "./fields.js";
import { DownIcon, DragIcon, IndentIcon, OutdentIcon, PlusIcon, TrashIcon, UpIcon } from "./icons.js";
import { replaceRole } from "./roles.js";
import { TimeField } from "./TimeField.js";

// The task table of the plan as a tree of cards. Everything works from the keyboard: Alt+↑/↓
// moves a task among its siblings, Alt+Shift+→/← nests it under the task above or takes it out,
// Ctrl+Enter adds a task after it, Ctrl+Shift+Enter a sub-task; the buttons do the same. With a
// mouse, the handle drags a task before, after or into another. A deleted task can be put back:
// the notice that offers it stands where the task was, and takes the keyboard.

export interface RemovedTask {
  task: Task;
  path: TaskPath;
  number: string;
}

interface TreeOps {
  /** The tasks as they are now; read when acting, so the cards need not re-render on every edit. */
  getTasks: () => readonly Task[];
  setTasks: (tasks: Task[], focus?: { path: TaskPath; suffix?: string }) => void;
  onRemoved: (removed: RemovedTask) => void;
}

/** The last deleted task, shown where it was with its undo. */
interface RemovedState {
  removed: RemovedTask | null;
  restore: () => void;
  dismiss: () => void;
}
const RemovedContext = createContext<RemovedState>({ removed: null, restore: () => {}, dismiss: () => {} });
const UNDO_ID = "pb-task-removed-undo";

interface DragState {
  from: TaskPath | null;
  over: { path: TaskPath; zone: "before" | "after" | "inside" } | null;
}

const TreeContext = createContext<TreeOps | null>(null);
const DragContext = createContext<{
  drag: DragState;
  setDrag: (state: DragState) => void;
}>({ drag: { from: null, over: null }, setDrag: () => {} });

function useTree(): TreeOps {
  const ops = useContext(TreeContext);
  if (!ops) throw new Error("TaskItem cần TaskTree bao quanh.");
  return ops;
}

export const TaskTree = memo(function TaskTree({ tasks }: { tasks: readonly Task[] }) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  const [drag, setDrag] = useState<DragState>({ from: null, over: null });
  const [removed, setRemoved] = useState<RemovedTask | null>(null);
  const setTasks = useCallback(
    (next: Task[], focus?: { path: TaskPath; suffix?: string }) => {
      if (!focus) {
        edit({ type: "tasks", tasks: next });
        return;
      }
      // Drawn before the keyboard moves: the old order's control at that path is another task's,
      // and the next key must land in the task it was meant for.
      const target = `${formatPath(taskPlanPath(focus.path))}${focus.suffix ?? ".title"}`;
      editThenFocus(() => edit({ type: "tasks", tasks: next }), target);
    },
    [edit],
  );
  const latest = useRef(tasks);
  latest.current = tasks;
  const getTasks = useCallback(() => latest.current, []);
  // Drawn first, then the keyboard goes to the undo, where the task was.
  const onRemoved = useCallback((item: RemovedTask) => {
    flushSync(() => setRemoved(item));
    document.getElementById(UNDO_ID)?.focus();
  }, []);
  const ops = useMemo(() => ({ getTasks, setTasks, onRemoved }), [getTasks, setTasks, onRemoved]);
  const removedState = useMemo<RemovedState>(
    () => ({
      removed,
      restore: () => {
        if (!removed) return;
        const current = getTasks();
        const parent = removed.path.slice(0, -1);
        const index = removed.path[removed.path.length - 1] ?? 0;
        const parentExists = parent.length === 0 || getTask(current, parent) !== undefined;
        const result = insertTask(
          current,
          parentExists ? parent : [],
          parentExists ? Math.min(index, siblingsAt(current, parent)) : current.length,
          removed.task,
        );
        setRemoved(null);
        setTasks(result.tasks, { path: result.path });
      },
      dismiss: () => setRemoved(null),
    }),
    [removed, getTasks, setTasks],
  );
  const dragValue = useMemo(() => ({ drag, setDrag }), [drag]);
  const add = (kind: "task" | "group") => {
    const { tasks: next, path } = insertTask(tasks, [], tasks.length, newTask(crypto.randomUUID(), kind));
    setTasks(next, { path });
  };
  // A notice whose parent task is gone too stands at the end of the list.
  const orphan = removed !== null && removed.path.length > 1 && !getTask(tasks, removed.path.slice(0, -1));
  return (
    <TreeContext.Provider value={ops}>
      <DragContext.Provider value={dragValue}>
        <RemovedContext.Provider value={removedState}>
          <p className="pb-hint" id="pb-task-keys">
            {t.tasks.keyboardHint}
          </p>
          {tasks.length === 0 && !removed ? <p className="pb-hint">{t.tasks.empty}</p> : null}
          <ol className="pb-tasks">
            {withRemoved(
              tasks.map((task, i) => (
                <TaskItem
                  key={task.id}
                  task={task}
                  path={[i]}
                  number={task.ref?.trim() || String(i + 1)}
                  siblings={tasks.length}
                />
              )),
              orphan ? null : removed,
              [],
            )}
            {orphan ? <RemovedNotice /> : null}
          </ol>
        </RemovedContext.Provider>
        <div className="pb-row">
          <Button
            variant="secondary"
            iconStart={<PlusIcon />}
            onClick={() => add("task")}
            disabled={readOnly}
          >
            {t.tasks.add}
          </Button>
          <Button variant="ghost" iconStart={<PlusIcon />} onClick={() => add("group")} disabled={readOnly}>
            {t.tasks.addGroup}
          </Button>
        </div>
      </DragContext.Provider>
    </TreeContext.Provider>
  );
});

interface TaskItemProps {
  task: Task;
  path: TaskPath;
  number: string;
  siblings: number;
}

const TaskItem = memo(
  TaskItemView,
  (a, b) =>
    a.task === b.task &&
    a.number === b.number &&
    a.siblings === b.siblings &&
    a.path.join(".") === b.path.join("."),
);

function TaskItemView({ task, path, number, siblings }: TaskItemProps) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  const { getTasks, setTasks, onRemoved } = useTree();
  const { drag, setDrag } = useContext(DragContext);
  const { removed } = useContext(RemovedContext);
  const removedHere = removed !== null && isChildOf(removed.path, path);
  const planPath = taskPlanPath(path);
  const pathText = formatPath(planPath);
  const isGroup = task.kind === "group";
  const name = isGroup ? t.tasks.groupName(number) : t.tasks.taskName(number);
  const index = path[path.length - 1] as number;

  /** Keeps the keyboard on the same field of the task once it has moved. */
  const focusSuffix = () => {
    const current = (document.activeElement as HTMLElement | null)?.dataset.path ?? "";
    return pathSuffix(current, pathText) || ".title";
  };
  const apply = (result: { tasks: Task[]; path: TaskPath } | null) => {
    if (result) setTasks(result.tasks, { path: result.path, suffix: focusSuffix() });
  };
  const remove = () => {
    const { tasks: next, removed } = removeTask(getTasks(), path);
    if (!removed) return;
    setTasks(next);
    onRemoved({ task: removed, path, number });
  };
  const addAfter = () =>
    apply(insertTask(getTasks(), path.slice(0, -1), index + 1, newTask(crypto.randomUUID())));
  const addChild = () =>
    apply(insertTask(getTasks(), path, task.children?.length ?? 0, newTask(crypto.randomUUID())));
  const setRole = (role: Role, refs: AgencyRef[]) =>
    edit({ type: "set", path: [...planPath, "roles"], value: replaceRole(task.roles, role, refs) });
  const picked = (role: Role) =>
    task.roles.flatMap((r, i) =>
      r.role === role ? [{ ref: r.agency, path: [...planPath, "roles", i] }] : [],
    );

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (readOnly || event.defaultPrevented) return;
    let handled = true;
    if (event.altKey && event.shiftKey && event.key === "ArrowRight") apply(indentTask(getTasks(), path));
    else if (event.altKey && event.shiftKey && event.key === "ArrowLeft")
      apply(outdentTask(getTasks(), path));
    else if (event.altKey && !event.shiftKey && event.key === "ArrowUp")
      apply(moveTaskBy(getTasks(), path, -1));
    else if (event.altKey && !event.shiftKey && event.key === "ArrowDown")
      apply(moveTaskBy(getTasks(), path, 1));
    else if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      if (event.shiftKey) addChild();
      else addAfter();
    } else handled = false;
    if (handled) {
      // The innermost task handles the key; the tasks around it must not move too.
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const zoneOf = (event: DragEvent<HTMLElement>): "before" | "after" | "inside" => {
    const box = event.currentTarget.getBoundingClientRect();
    const y = (event.clientY - box.top) / Math.max(box.height, 1);
    return y < 0.3 ? "before" : y > 0.7 ? "after" : "inside";
  };
  const over = drag.over && formatPath(drag.over.path) === formatPath(path) ? drag.over.zone : undefined;

  return (
    <li
      className="pb-task"
      data-task-id={task.id}
      data-kind={isGroup ? "group" : "task"}
      data-drop={over}
      {...pathAttr(planPath)}
      onKeyDown={onKeyDown}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: mouse drag-and-drop; the keyboard moves tasks with Alt+arrows and the buttons */}
      <div
        className="pb-task__card"
        onDragOver={(event) => {
          if (!drag.from || readOnly) return;
          event.preventDefault();
          event.stopPropagation();
          const zone = zoneOf(event);
          if (over !== zone) setDrag({ ...drag, over: { path, zone } });
        }}
        onDragLeave={(event) => {
          if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
          if (over) setDrag({ ...drag, over: null });
        }}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation();
          const from = drag.from;
          setDrag({ from: null, over: null });
          if (!from) return;
          const zone = zoneOf(event);
          const result =
            zone === "inside"
              ? moveTaskTo(getTasks(), from, path, getTask(getTasks(), path)?.children?.length ?? 0)
              : moveTaskTo(getTasks(), from, path.slice(0, -1), zone === "before" ? index : index + 1);
          if (result) setTasks(result.tasks, { path: result.path });
        }}
      >
        <div className="pb-task__head">
          <span
            className="pb-task__handle"
            draggable={!readOnly}
            aria-hidden="true"
            title={t.tasks.dragHint}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = "move";
              event.dataTransfer.setData("text/plain", task.title || name);
              setDrag({ from: path, over: null });
            }}
            onDragEnd={() => setDrag({ from: null, over: null })}
          >
            <DragIcon />
          </span>
          <h3 className="pb-task__name">{name}</h3>
          <div className="pb-task__tools">
            <IconButton
              size="sm"
              label={t.tasks.moveUp(name)}
              icon={<UpIcon />}
              disabled={readOnly || index === 0}
              onClick={() => apply(moveTaskBy(getTasks(), path, -1))}
            />
            <IconButton
              size="sm"
              label={t.tasks.moveDown(name)}
              icon={<DownIcon />}
              disabled={readOnly || index === siblings - 1}
              onClick={() => apply(moveTaskBy(getTasks(), path, 1))}
            />
            <IconButton
              size="sm"
              label={t.tasks.indent(name)}
              icon={<IndentIcon />}
              disabled={readOnly || index === 0}
              onClick={() => apply(indentTask(getTasks(), path))}
            />
            <IconButton
              size="sm"
              label={t.tasks.outdent(name)}
              icon={<OutdentIcon />}
              disabled={readOnly || path.length < 2}
              onClick={() => apply(outdentTask(getTasks(), path))}
            />
            <IconButton
              size="sm"
              label={t.tasks.addChild(name)}
              icon={<PlusIcon />}
              disabled={readOnly}
              onClick={addChild}
            />
            <IconButton
              size="sm"
              label={t.tasks.remove(name)}
              icon={<TrashIcon />}
              disabled={readOnly}
              onClick={remove}
            />
          </div>
        </div>
        <TextInput
          path={[...planPath, "title"]}
          value={task.title}
          label={isGroup ? t.tasks.groupTitle : t.tasks.title}
          multiline
          rows={2}
        />
        {!isGroup && (
          <>
            <div className="pb-grid-2">
              <AgencyPicker
                label={t.roleColumns.lead}
                values={picked("lead")}
                path={[...planPath, "roles"]}
                onChange={(refs) => setRole("lead", refs)}
              />
              <AgencyPicker
                label={t.roleColumns.support}
                values={picked("support")}
                path={[...planPath, "supports"]}
                onChange={(refs) => setRole("support", refs)}
              />
            </div>
            <div className="pb-grid-2">
              <TimeField path={[...planPath, "time"]} value={task.time} label={t.tasks.time} />
              <TextInput
                path={[...planPath, "product"]}
                value={task.product}
                label={t.tasks.product}
                optional
              />
            </div>
          </>
        )}
        <details className="pb-more">
          <summary>{t.tasks.more}</summary>
          <div className="pb-more__body">
            <TextInput
              path={[...planPath, "content"]}
              value={task.content}
              label={t.tasks.content}
              multiline
              optional
            />
            <div className="pb-grid-2">
              <TextInput
                path={[...planPath, "ref"]}
                value={task.ref}
                label={t.tasks.ref}
                hint={t.tasks.refHint}
                optional
              />
              <label className="pb-check">
                <input
                  type="checkbox"
                  checked={isGroup}
                  disabled={readOnly}
                  onChange={(e) =>
                    edit({
                      type: "set",
                      path: [...planPath, "kind"],
                      value: e.target.checked ? "group" : undefined,
                    })
                  }
                />
                {t.tasks.isGroup}
              </label>
            </div>
            {!isGroup && (
              <>
                <div className="pb-grid-2">
                  <AgencyPicker
                    label={t.roleColumns.advisor}
                    values={picked("advisor")}
                    path={[...planPath, "advisors"]}
                    onChange={(refs) => setRole("advisor", refs)}
                  />
                  <AgencyPicker
                    label={t.roleColumns.monitor}
                    values={picked("monitor")}
                    path={[...planPath, "monitors"]}
                    onChange={(refs) => setRole("monitor", refs)}
                  />
                </div>
                <AgencyPicker
                  label={t.roleColumns.requested}
                  values={picked("requested")}
                  path={[...planPath, "requested"]}
                  onChange={(refs) => setRole("requested", refs)}
                />
                <div className="pb-grid-2">
                  <TextInput
                    path={[...planPath, "language"]}
                    value={task.language}
                    label={t.tasks.language}
                    optional
                  />
                  <TextInput
                    path={[...planPath, "parentPlanTask"]}
                    value={task.parentPlanTask}
                    label={t.tasks.parentPlanTask}
                    optional
                  />
                </div>
                <h4 className="pb-subheading">{t.tasks.channels}</h4>
                <TextList
                  path={[...planPath, "channels"]}
                  items={task.channels ?? []}
                  noun={t.tasks.channel}
                  addLabel={t.tasks.addChannel}
                  multiline={false}
                />
                <h4 className="pb-subheading">{t.tasks.slogans}</h4>
                <TextList
                  path={[...planPath, "slogans"]}
                  items={task.slogans ?? []}
                  noun={t.tasks.slogan}
                  addLabel={t.tasks.addSlogan}
                  multiline={false}
                />
                <h4 className="pb-subheading">{t.tasks.indicators}</h4>
                <ListEditor
                  path={[...planPath, "indicators"]}
                  items={task.indicators ?? []}
                  noun={t.tasks.indicator}
                  addLabel={t.tasks.addIndicator}
                  newItem={() => ({ id: crypto.randomUUID(), label: "", unit: "" })}
                  focusAfterAdd={(p) => [...p, "label"]}
                  renderItem={(indicator, _i, p) => (
                    <div className="pb-grid-3">
                      <TextInput
                        path={[...p, "label"]}
                        value={indicator.label}
                        label={t.tasks.indicatorLabel}
                      />
                      <TextInput path={[...p, "unit"]} value={indicator.unit} label={t.tasks.indicatorUnit} />
                      <NumberInput
                        path={[...p, "target"]}
                        value={indicator.target}
                        label={t.tasks.indicatorTarget}
                      />
                    </div>
                  )}
                />
              </>
            )}
          </div>
        </details>
      </div>
      {((task.children && task.children.length > 0) || removedHere) && (
        <ol className="pb-tasks pb-tasks--nested">
          {withRemoved(
            (task.children ?? []).map((child, i) => (
              <TaskItem
                key={child.id}
                task={child}
                path={[...path, i]}
                number={child.ref?.trim() || `${number}.${i + 1}`}
                siblings={task.children?.length ?? 0}
              />
            )),
            removed,
            path,
          )}
        </ol>
      )}
    </li>
  );
}

function isChildOf(child: TaskPath, parent: TaskPath): boolean {
  return child.length === parent.length + 1 && parent.every((n, i) => child[i] === n);
}

function siblingsAt(tasks: readonly Task[], parent: TaskPath): number {
  return parent.length === 0 ? tasks.length : (getTask(tasks, parent)?.children?.length ?? 0);
}

/** The items of one list of tasks, with the notice of a task deleted from it where it stood. */
function withRemoved(items: ReactNode[], removed: RemovedTask | null, parent: TaskPath): ReactNode[] {
  if (!removed || !isChildOf(removed.path, parent)) return items;
  const at = Math.min(removed.path[removed.path.length - 1] ?? 0, items.length);
  return [...items.slice(0, at), <RemovedNotice key="pb-task-removed" />, ...items.slice(at)];
}

/** "Đã xóa nhiệm vụ 2 “…”" with its undo, in the list where the task was. */
function RemovedNotice() {
  const t = useT();
  const { removed, restore, dismiss } = useContext(RemovedContext);
  if (!removed) return null;
  return (
    <li className="pb-task-removed">
      <Alert
        tone="info"
        live
        title={t.editor.taskRemoved(removed.number, removed.task.title)}
        actions={
          <>
            <Button id={UNDO_ID} variant="secondary" size="sm" onClick={restore}>
              {t.editor.restoreTask}
            </Button>
            <Button variant="ghost" size="sm" onClick={dismiss}>
              {t.common.dismiss}
            </Button>
          </>
        }
      />
    </li>
  );
}
