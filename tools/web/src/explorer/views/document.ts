// A document: its number, issuer, date and kind; what it rests on and what rests on it; what it authorizes.
import { query } from '../api';
import type { ViewContext } from '../context';
import { mergeRows } from '../delegations';
import { h } from '../dom';
import { docTitle, documentKindLabels } from '../labels';
import { documentByIdQuery, documentByNumberQuery, documentLinksQuery } from '../queries';
import { href } from '../route';
import type { Delegation, DocumentRef, Evidence } from '../types';
import { documentLink, empty, evidenceLinks } from '../widgets';
import { delegationTableFor } from './delegationTable';

interface DocumentDetail extends DocumentRef {
  number: { text: string; issuerCode: string; year: number; serial: string } | null;
  issuerName: string | null;
  issuer: { id: string; name: string; region: { name: string } | null } | null;
  date: string | null;
  status: string;
  basedOn: DocumentRef[];
  basisOf: DocumentRef[];
  authorizes: Delegation[];
  citedBy: { id: string; year: number; title: string | null; region: { name: string } }[];
  evidence: Evidence[];
}

interface LinksAnswer { nodes: ({ __typename: string; id?: string; basedOn?: DocumentRef[]; basisOf?: DocumentRef[] } | null)[] }

/** How far the BASED_ON walk goes; real chains (local rule → provincial → national law) are 3–4 long. */
const maxChainDepth = 6;

export async function renderDocument(container: HTMLElement, ctx: ViewContext): Promise<void> {
  const id = ctx.route.params.get('id');
  const number = ctx.route.params.get('number');
  const title = ctx.route.params.get('title');
  let doc: DocumentDetail | null = null;
  if (id) {
    const data = await query<{ node: (DocumentDetail & { __typename: string }) | null }>(documentByIdQuery, { id });
    doc = data.node?.__typename === 'Document' ? data.node : null;
  } else if (number || title) {
    const data = await query<{ document: DocumentDetail | null }>(documentByNumberQuery, { number, title });
    doc = data.document;
  }
  if (!ctx.isCurrent()) return;
  if (doc === null) {
    container.replaceChildren(h('h1', {}, '文件'), empty('没有找到这份文件。'));
    return;
  }

  const [up, down] = await Promise.all([walk(doc, 'basedOn'), walk(doc, 'basisOf')]);
  if (!ctx.isCurrent()) return;

  const rows = mergeRows([], doc.authorizes);
  container.replaceChildren(
    h('header', { className: 'view-header' },
      h('h1', {}, docTitle(doc.title), h('span', { className: 'badge' }, documentKindLabels[doc.kind] ?? doc.kind)),
      evidenceLinks(ctx, doc.evidence, '出处')),
    h('dl', { className: 'facts' },
      h('dt', {}, '文号'), h('dd', {}, doc.number
        ? [doc.number.text, h('span', { className: 'muted' }, `（代字 ${doc.number.issuerCode}，${doc.number.year}年，第${doc.number.serial}号）`)]
        : '无文号'),
      h('dt', {}, '发文机关'), h('dd', {}, doc.issuer?.name ?? doc.issuerName ?? '未写明',
        doc.issuer?.region ? [' ', h('a', { href: href('region', { name: doc.issuer.region.name }) }, doc.issuer.region.name)] : null),
      h('dt', {}, '日期'), h('dd', {}, doc.date ?? (doc.year ? `${doc.year}年` : '未写明')),
      h('dt', {}, '类别'), h('dd', {}, documentKindLabels[doc.kind] ?? doc.kind),
      h('dt', {}, '引用它的报告'), h('dd', {}, doc.citedBy.length === 0 ? '—' : doc.citedBy.flatMap((r, i) => [
        i > 0 ? '、' : null,
        h('a', { href: href('region', { name: r.region.name }) }, `${r.region.name}${r.year}年报告`),
      ]))),
    chainSection('它所依据的文件', 'chain-up', up, '没有记录它所依据的上位文件。'),
    chainSection('依据它制定的文件', 'chain-down', down, '没有记录依据它制定的文件。'),
    h('section', { 'aria-labelledby': 'authorizes-title' },
      h('h2', { id: 'authorizes-title' }, `它授权的权限下放（${rows.length}）`),
      rows.length === 0 ? empty('这份文件没有授权记录在案的权限下放。') : delegationTableFor(ctx, rows, 'COUNTY', null)),
  );
}

/** Follows BASED_ON one level per request, so the depth limit of the API never cuts the chain. */
async function walk(doc: DocumentDetail, direction: 'basedOn' | 'basisOf'): Promise<DocumentRef[][]> {
  const levels: DocumentRef[][] = [];
  const seen = new Set<string>([doc.id]);
  let frontier = doc[direction].filter((d) => !seen.has(d.id));
  frontier.forEach((d) => seen.add(d.id));
  while (frontier.length > 0 && levels.length < maxChainDepth) {
    levels.push(frontier);
    const data = await query<LinksAnswer>(documentLinksQuery, { ids: frontier.map((d) => d.id) });
    const next: DocumentRef[] = [];
    for (const node of data.nodes) {
      for (const d of node?.[direction] ?? []) {
        if (!seen.has(d.id)) {
          seen.add(d.id);
          next.push(d);
        }
      }
    }
    frontier = next;
  }
  return levels;
}

function chainSection(title: string, id: string, levels: DocumentRef[][], none: string): HTMLElement {
  return h('section', { 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    levels.length === 0
      ? empty(none)
      : h('ol', { className: 'chain-levels', id }, ...levels.map((docs, i) =>
          h('li', {}, h('span', { className: 'muted' }, `第${i + 1}层：`), ...docs.flatMap((d, j) => [j > 0 ? '；' : null, documentLink(d)])))));
}
