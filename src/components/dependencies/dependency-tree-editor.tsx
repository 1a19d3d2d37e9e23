import { useEffect, useId, useRef, useState } from 'react';
import { formatAvailabilityFromUnavailability, formatInputNumber } from '../../format/format';
import { parseBounded } from '../../format/parse';
import { formatMinutes } from '../../format/dependency-text';
import { nodeFigureId, type DependencyGraph } from '../../model/dependency-figures';
import {
  findNode,
  isGroup,
  treeNodes,
  type Dependency,
  type DependencyGroup,
  type DependencyGroupKind,
  type DependencyNode,
  type DependencyTree,
} from '../../model/dependency-tree';
import {
  addDependency,
  addGroup,
  addRouter,
  moveNode,
  removeNode,
  renameNode,
  setAvailability,
  setAvailabilityRange,
  setCommonCauseShare,
  setGroupKind,
  setRegionCount,
  type TreeEdit,
} from '../../model/dependency-edits';
import { DEPENDENCY_LIMITS } from '../../model/dependency-tree';
import { calculatorStore, useCalculatorActions } from '../../state/calculator-store';
import { NumberField } from '../inputs/number-field';
import { FigureButton } from '../figure-button';
import { AvailabilityField } from './availability-field';

const KIND_OPTIONS: ReadonlyArray<{ kind: DependencyGroupKind; words: string }> = [
  { kind: 'all-of', words: 'All of (each is needed)' },
  { kind: 'any-of', words: 'Any of (one is enough)' },
  { kind: 'regions', words: 'Regions behind a router' },
];

const parseRegions = (text: string) =>
  parseBounded(text, { min: 1, max: DEPENDENCY_LIMITS.maxRegions, integer: true });
const parseShare = (text: string) => parseBounded(text.replace(/%\s*$/, ''), { min: 0, max: 100 });

/** What an edit needs: apply it to the tree in the store, and say what happened. */
interface EditorContext {
  apply: (edit: (tree: DependencyTree) => TreeEdit, focusNode?: boolean) => void;
  graph: DependencyGraph;
  tree: DependencyTree;
}

/**
 * A node's name, edited as text: committed on Enter or when the field is left, when it is a name the
 * tree can take (not empty, not another part's); otherwise the message stays beside the field and
 * the tree keeps the old name.
 */
function NameField({ node, context }: { node: DependencyNode; context: EditorContext }) {
  const id = useId();
  const [draft, setDraft] = useState(node.name);
  const [shownName, setShownName] = useState(node.name);
  const [message, setMessage] = useState<string | null>(null);
  if (node.name !== shownName) {
    // Renamed from elsewhere (undo, a restored session): show the new name.
    setShownName(node.name);
    setDraft(node.name);
    setMessage(null);
  }
  const commit = () => {
    if (draft.trim() === node.name) {
      setMessage(null);
      setDraft(node.name);
      return;
    }
    const result = renameNode(calculatorStore.getState().dependencies.tree, node.id, draft);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setMessage(null);
    context.apply(() => result);
  };
  return (
    <div className="number-field name-field">
      <label htmlFor={id}>Name of {node.name}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={draft}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {message ? (
        <small id={`${id}-error`} className="field-error" role="alert">
          {message}
        </small>
      ) : null}
    </div>
  );
}

/**
 * The figures a node comes to, beside it: its availability and its downtime a year, each a figure of
 * the dependency graph as a button that explains it; or why it cannot be computed.
 */
function NodeFigure({ node, graph }: { node: DependencyNode; graph: DependencyGraph }) {
  const outcome = graph.evaluation.nodes.get(node.id);
  if (!outcome) return null;
  const downtime = graph.figure(nodeFigureId(node.id, 'downtimeMinutes')).value;
  return (
    <output className="node-figure" aria-label={`Computed availability of ${node.name}`}>
      {outcome.ok ? (
        <>
          <FigureButton
            id={nodeFigureId(node.id, 'availability')}
            label={`Explain availability of ${node.name}`}
            text={formatAvailabilityFromUnavailability(outcome.unavailability)}
          />
          {downtime === null ? null : (
            <>
              {' ('}
              <FigureButton
                id={nodeFigureId(node.id, 'downtimeMinutes')}
                label={`Explain downtime a year of ${node.name}`}
                text={formatMinutes(downtime)}
              />
              {' down a year)'}
            </>
          )}
        </>
      ) : (
        `cannot compute: ${outcome.problems[0]!.message}`
      )}
    </output>
  );
}

/** "Move … to": every group the node can go into (not itself nor a group inside it). */
function MoveSelect({
  node,
  parent,
  context,
}: {
  node: DependencyNode;
  parent: DependencyGroup;
  context: EditorContext;
}) {
  const id = useId();
  const inside = new Set(isGroup(node) ? treeNodes(node).map((n) => n.id) : [node.id]);
  const targets = treeNodes(context.tree).filter(
    (n): n is DependencyGroup => isGroup(n) && !inside.has(n.id),
  );
  if (targets.length < 2) return null;
  return (
    <div className="number-field">
      <label htmlFor={id}>Move {node.name} to</label>
      <select
        id={id}
        value={parent.id}
        onChange={(event) => context.apply((tree) => moveNode(tree, node.id, event.target.value), true)}
      >
        {targets.map((group) => (
          <option key={group.id} value={group.id}>
            {group.id === context.tree.id ? `${group.name} (top level)` : group.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function DependencyRow({
  node,
  parent,
  context,
  router = false,
}: {
  node: Dependency;
  parent: DependencyGroup;
  context: EditorContext;
  router?: boolean;
}) {
  return (
    <div className="dependency-row">
      <NameField node={node} context={context} />
      <AvailabilityField
        node={node}
        outcome={context.graph.evaluation.nodes.get(node.id)}
        onCommit={(entry) =>
          context.apply((tree) =>
            entry?.range
              ? setAvailabilityRange(tree, node.id, entry.range)
              : setAvailability(tree, node.id, entry?.percent ?? null),
          )
        }
      />
      <NodeFigure node={node} graph={context.graph} />
      {router ? null : <MoveSelect node={node} parent={parent} context={context} />}
      <button type="button" onClick={() => context.apply((tree) => removeNode(tree, node.id), true)}>
        Remove {node.name}
      </button>
    </div>
  );
}

function GroupBlock({
  group,
  parent,
  context,
}: {
  group: DependencyGroup;
  parent: DependencyGroup | null;
  context: EditorContext;
}) {
  const kindId = useId();
  const top = parent === null;
  return (
    <div className="dependency-group">
      {top ? null : (
        <div className="dependency-row">
          <NameField node={group} context={context} />
          <div className="number-field">
            <label htmlFor={kindId}>Kind of {group.name}</label>
            <select
              id={kindId}
              value={group.kind}
              onChange={(event) =>
                context.apply((tree) =>
                  setGroupKind(tree, group.id, event.target.value as DependencyGroupKind),
                )
              }
            >
              {KIND_OPTIONS.map(({ kind, words }) => (
                <option key={kind} value={kind}>
                  {words}
                </option>
              ))}
            </select>
          </div>
          {group.kind === 'regions' ? (
            <NumberField
              label={`Regions of ${group.name}`}
              value={group.regionCount}
              format={formatInputNumber}
              parse={parseRegions}
              onCommit={(count) => context.apply((tree) => setRegionCount(tree, group.id, count))}
            />
          ) : null}
          {group.kind !== 'all-of' ? (
            <NumberField
              label={`Common-cause share of ${group.name} (%)`}
              value={group.commonCauseSharePercent}
              format={formatInputNumber}
              parse={parseShare}
              valueText={(v) => `${formatInputNumber(v)} %`}
              hint="The share of each copy’s downtime that takes every copy down at once; 0 = independent."
              onCommit={(share) => context.apply((tree) => setCommonCauseShare(tree, group.id, share))}
            />
          ) : null}
          <NodeFigure node={group} graph={context.graph} />
          <MoveSelect node={group} parent={parent} context={context} />
          <button type="button" onClick={() => context.apply((tree) => removeNode(tree, group.id), true)}>
            Remove {group.name}
          </button>
        </div>
      )}
      {group.kind === 'regions' ? (
        group.router ? (
          <div className="dependency-router" data-node-id={group.router.id}>
            <p className="hint">Router in front of the regions of {group.name}:</p>
            <DependencyRow node={group.router} parent={group} context={context} router />
          </div>
        ) : (
          <button type="button" onClick={() => context.apply((tree) => addRouter(tree, group.id), true)}>
            Add router to {group.name}
          </button>
        )
      ) : null}
      {group.children.length > 0 ? (
        <ul className="dependency-children" aria-label={top ? 'Top level, all of' : `Parts of ${group.name}`}>
          {group.children.map((child) => (
            <li key={child.id} data-node-id={child.id}>
              {isGroup(child) ? (
                <GroupBlock group={child} parent={group} context={context} />
              ) : (
                <DependencyRow node={child} parent={group} context={context} />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="dependency-actions">
        <button
          type="button"
          data-add-to={group.id}
          onClick={() => context.apply((tree) => addDependency(tree, group.id), true)}
        >
          {top ? 'Add dependency' : `Add dependency to ${group.name}`}
        </button>
        <button
          type="button"
          onClick={() => context.apply((tree) => addGroup(tree, group.id, 'any-of'), true)}
        >
          {top ? 'Add group' : `Add group to ${group.name}`}
        </button>
      </div>
    </div>
  );
}

/**
 * The tree editor "Dependencies": the top level is "all of" (each dependency is needed); "Add
 * dependency" adds one at the end of it; groups ("any of", or regions behind a router) nest, and
 * every part can be renamed, moved into another group and removed. Each edit is a pure edit of
 * dependency-edits.ts applied to the store's tree; one it refuses (a limit, a name taken) says why
 * in the status line and changes nothing. Focus goes to the first field of a part just added or
 * moved, or to the "Add dependency" button of the group a removed part was in.
 */
export function DependencyTreeEditor({
  tree,
  graph,
  focusOnOpen = false,
}: {
  tree: DependencyTree;
  /** The dependency graph of `tree`: the figures each part comes to. */
  graph: DependencyGraph;
  /** Focus "Add dependency" once shown (the section was just opened with "Show dependencies"). */
  focusOnOpen?: boolean;
}) {
  const actions = useCalculatorActions();
  const [status, setStatus] = useState('');
  const focusTarget = useRef<{ kind: 'field' | 'add'; id: string } | null>(
    focusOnOpen ? { kind: 'add', id: tree.id } : null,
  );
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const wanted = focusTarget.current;
    focusTarget.current = null;
    const element = root.current;
    if (!wanted || !element) return;
    const target =
      wanted.kind === 'field'
        ? element.querySelector(`[data-node-id="${wanted.id}"]`)?.querySelector<HTMLElement>('input, select')
        : element.querySelector<HTMLElement>(`[data-add-to="${wanted.id}"]`);
    target?.focus();
  });

  const apply: EditorContext['apply'] = (edit, moveFocus = false) => {
    const before = calculatorStore.getState().dependencies.tree;
    const result = edit(before);
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    if (result.tree === before) return;
    const wasThere = findNode(before, result.nodeId) !== null;
    actions.dependenciesEdited((current) => ({ ...current, tree: result.tree }));
    const node = findNode(result.tree, result.nodeId);
    if (!node) return;
    const removed = treeNodes(before).filter((n) => !findNode(result.tree, n.id));
    if (moveFocus) focusTarget.current = { kind: removed.length > 0 ? 'add' : 'field', id: result.nodeId };
    setStatus(
      removed.length > 0
        ? `Removed ${removed[0]!.name}`
        : !wasThere
          ? `Added ${node.name}`
          : moveFocus
            ? `Moved ${node.name}`
            : '',
    );
  };

  return (
    <div className="dependency-tree" role="group" aria-label="Dependencies" ref={root}>
      <GroupBlock group={tree} parent={null} context={{ apply, graph, tree }} />
      <p className="hint" role="status">
        {status}
      </p>
    </div>
  );
}
