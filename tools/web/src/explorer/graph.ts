// The delegation graph: documents → agencies → delegations → recipients, modes and item counts on the edges.
import cytoscape from 'cytoscape';
import { fromLabel, openableRecipient, powerFields, recipients, type DelegationRow } from './delegations';
import { docTitle } from './labels';
import { truncate } from './widgets';

export type GraphNodeKind = 'document' | 'agency' | 'delegation' | 'recipient';

export interface GraphNodeData {
  id: string;
  label: string;
  kind: GraphNodeKind;
  /** What the node opens: a document or delegation id, or a township's name; null when nothing. */
  ref: string | null;
}

export interface GraphModel {
  elements: cytoscape.ElementDefinition[];
  /** The same relations as sentences, for readers who cannot see the drawing (and for the list beside it). */
  facts: string[];
}

export function buildGraph(rows: DelegationRow[]): GraphModel {
  const nodes = new Map<string, GraphNodeData>();
  const edges = new Map<string, cytoscape.EdgeDataDefinition>();
  const facts: string[] = [];
  const addNode = (data: GraphNodeData): string => {
    if (!nodes.has(data.id)) nodes.set(data.id, data);
    return data.id;
  };
  const addEdge = (source: string, target: string, label: string): void => {
    const id = `${source}->${target}`;
    if (!edges.has(id)) edges.set(id, { id, source, target, label });
  };

  for (const { delegation: d } of rows) {
    const from = fromLabel(d);
    const agencyId = addNode({ id: `agency:${d.from?.id ?? from}`, label: from, kind: 'agency', ref: d.from?.id ?? null });
    const fields = powerFields(d);
    const what = fields.length > 0 ? fields.join('、') : truncate(d.matters ?? '权限事项', 18);
    const count = d.itemCount !== null ? ` ${d.itemCount}项` : '';
    const delegationId = addNode({
      id: `delegation:${d.id}`,
      label: `${d.modeLabel}：${what}`,
      kind: 'delegation',
      ref: d.id,
    });
    addEdge(agencyId, delegationId, `${d.modeLabel}${count}`);
    let docText = '';
    if (d.authorizedBy !== null) {
      const docId = addNode({
        id: `document:${d.authorizedBy.id}`,
        label: truncate(docTitle(d.authorizedBy.title), 26),
        kind: 'document',
        ref: d.authorizedBy.id,
      });
      addEdge(docId, agencyId, '依据');
      docText = `依据${docTitle(d.authorizedBy.title)}，`;
    }
    const to = recipients(d);
    for (const name of to) {
      const recipientId = addNode({ id: `recipient:${name}`, label: name, kind: 'recipient', ref: openableRecipient(d, name) });
      addEdge(delegationId, recipientId, d.modeLabel);
    }
    facts.push(`${docText}${from}${d.modeLabel}${what}${count}给${to.join('、') || '（未写明承接方）'}${d.date ? `（${d.date}）` : ''}`);
  }

  return {
    elements: [
      ...[...nodes.values()].map((data) => ({ group: 'nodes' as const, data: { ...data } })),
      ...[...edges.values()].map((data) => ({ group: 'edges' as const, data })),
    ],
    facts,
  };
}

const kindColors: Record<GraphNodeKind, string> = {
  document: '#7c3aed',
  agency: '#1d4ed8',
  delegation: '#b45309',
  recipient: '#047857',
};

export function drawGraph(
  container: HTMLElement,
  model: GraphModel,
  onSelect: (node: GraphNodeData) => void,
): cytoscape.Core {
  const cy = cytoscape({
    container,
    elements: model.elements,
    // Below this the labels cannot be read; a graph wider than its box is panned instead.
    minZoom: 0.6,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-family': '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif',
          'font-size': 15,
          'text-wrap': 'wrap',
          // Chinese has no spaces to wrap at: break anywhere.
          'text-overflow-wrap': 'anywhere',
          'text-max-width': '110px',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          // Wrapped labels may cross an edge; a backing keeps them legible.
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '1px',
          color: '#111827',
          width: 22,
          height: 22,
        },
      },
      ...(Object.keys(kindColors) as GraphNodeKind[]).map((kind) => ({
        selector: `node[kind = "${kind}"]`,
        style: { 'background-color': kindColors[kind], shape: kind === 'document' ? 'round-rectangle' : kind === 'delegation' ? 'diamond' : 'ellipse' },
      })) as cytoscape.StylesheetStyle[],
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          'font-size': 13,
          'font-family': '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif',
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'line-color': '#9ca3af',
          'target-arrow-color': '#9ca3af',
          width: 2,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
          'text-background-padding': '2px',
          color: '#374151',
        },
      },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
    ],
    // rows far enough apart that an edge's label sits between a node's label (below the node) and the next node
    layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.75, padding: 24 },
  });
  cy.on('tap', 'node', (evt) => onSelect(evt.target.data() as GraphNodeData));
  // The evidence panel and the phone layout change the box's width; keep the whole graph in view.
  const resized = new ResizeObserver(() => {
    cy.resize();
    cy.fit(undefined, 24);
  });
  resized.observe(container);
  cy.one('destroy', () => resized.disconnect());
  return cy;
}
