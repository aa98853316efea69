// A township or county: the delegations reaching it (or recorded in its report) as a graph and a table.
import { query } from '../api';
import type { ViewContext } from '../context';
import { applyFilters, filterOptions, mergeRows, type DelegationFilters, type DelegationRow } from '../delegations';
import { fill, h } from '../dom';
import { buildGraph, drawGraph } from '../graph';
import { levelLabels, modeLabels } from '../labels';
import { regionQuery } from '../queries';
import { href, withParams } from '../route';
import type { Delegation, DelegationMode, RegionLevel } from '../types';
import { empty } from '../widgets';
import { delegationTableFor } from './delegationTable';

interface RegionAnswer {
  region: {
    id: string;
    name: string;
    level: RegionLevel;
    parent: { name: string; level: RegionLevel } | null;
    ancestors: { name: string; level: RegionLevel }[];
    children: { id: string; name: string }[];
  } | null;
  traceAuthority: { steps: { via: { name: string } | null; delegation: Delegation }[] };
  delegations: { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: Delegation[] };
}

export async function renderRegion(container: HTMLElement, ctx: ViewContext): Promise<void> {
  const name = ctx.route.params.get('name')?.trim() ?? '';
  const parent = ctx.route.params.get('parent')?.trim() || null;
  if (name === '') {
    container.replaceChildren(empty('请先搜索一个乡镇或县区。'));
    return;
  }
  const data = await query<RegionAnswer>(regionQuery, { name, parent });
  if (!ctx.isCurrent()) return;

  const rows = mergeRows(
    data.traceAuthority.steps.map((s) => ({ delegation: s.delegation, via: s.via?.name ?? null })),
    data.delegations.nodes,
  );
  const region = data.region;
  if (region === null && rows.length === 0) {
    container.replaceChildren(
      h('h1', {}, name),
      empty(`没有找到名为“${name}”的地区。请换个名称搜索。`),
    );
    return;
  }

  const filters: DelegationFilters = {
    field: ctx.route.params.get('field'),
    mode: ctx.route.params.get('mode'),
    year: ctx.route.params.get('year'),
    from: ctx.route.params.get('from'),
  };
  const shown = applyFilters(rows, filters);
  const level = region?.level ?? 'UNKNOWN';
  // Problems and metrics belong to the county-level region whose report states them.
  const problemsRegion = level === 'TOWNSHIP' ? region?.parent?.name ?? null : region?.name ?? name;

  const graphBox = h('div', {
    className: 'graph',
    id: 'delegation-graph',
    role: 'img',
    'aria-label': `${name}的授权关系图：文件、实施主体、授权事项与承接方。文字版见下方列表。`,
  });
  const model = buildGraph(shown);

  fill(container,
    h(
      'header',
      { className: 'view-header' },
      h('h1', {}, name, h('span', { className: 'badge' }, levelLabels[level])),
      region !== null && region.ancestors.length > 0
        ? h('p', { className: 'breadcrumb' }, region.ancestors.map((a) => a.name).reverse().join(' › '))
        : null,
      h(
        'nav',
        { className: 'view-links', 'aria-label': '相关视图' },
        problemsRegion !== null ? h('a', { href: href('problems', { region: problemsRegion }) }, `${problemsRegion}的问题与指标`) : null,
        level === 'TOWNSHIP' && region?.parent
          ? h('a', { href: href('region', { name: region.parent.name }) }, `${region.parent.name}的全部授权`)
          : null,
      ),
      region !== null && region.children.length > 0
        ? h('p', { className: 'children' }, '下辖乡镇：', ...region.children.map((c) =>
            h('a', { href: href('region', { name: c.name, parent: region.name }) }, c.name)))
        : null,
    ),
    filterForm(ctx, rows, filters),
    h('p', { className: 'summary', role: 'status' },
      rows.length === 0
        ? `没有记录到${level === 'TOWNSHIP' ? '授予' : '涉及'}${name}的权限下放、委托或划转。`
        : `共 ${rows.length} 项授权，当前显示 ${shown.length} 项。`,
      data.delegations.pageInfo.hasNextPage ? `（本县记录超过 ${data.delegations.nodes.length} 项，仅显示前 ${data.delegations.nodes.length} 项。）` : null),
    shown.length > 0
      ? h('section', { className: 'graph-section', 'aria-labelledby': 'graph-title' },
          h('h2', { id: 'graph-title' }, '授权关系图'),
          h('p', { className: 'legend muted' },
            h('span', { className: 'key document' }, '文件'), ' → ',
            h('span', { className: 'key agency' }, '实施主体'), ' → ',
            h('span', { className: 'key delegation' }, '授权事项'), ' → ',
            h('span', { className: 'key recipient' }, '承接方'),
            '　点选节点可打开文件、原文或乡镇。'),
          graphBox,
          h('details', { className: 'graph-facts-box' },
            h('summary', {}, '关系图的文字版'),
            h('ul', { className: 'graph-facts', id: 'graph-facts' }, ...model.facts.map((f) => h('li', {}, f)))))
      : null,
    shown.length > 0 ? delegationTableFor(ctx, shown, level, '授权明细') : null,
  );

  if (shown.length > 0) {
    const cy = drawGraph(graphBox, model, (node) => {
      if (node.kind === 'document' && node.ref !== null) ctx.navigate(href('document', { id: node.ref }));
      else if (node.kind === 'recipient' && node.ref !== null) {
        const inCounty = level === 'TOWNSHIP' ? region?.parent?.name : region?.name;
        ctx.navigate(href('region', { name: node.ref, parent: inCounty ?? null }));
      } else if (node.kind === 'agency') ctx.navigate(withParams(ctx.route, { from: node.label }));
      else if (node.kind === 'delegation') {
        const d = shown.find((r) => r.delegation.id === node.ref)?.delegation;
        const first = d?.evidence[0];
        if (first !== undefined) ctx.openEvidence(first, graphBox);
      }
    });
    ctx.onDispose(() => cy.destroy());
  }
}

function filterForm(ctx: ViewContext, rows: DelegationRow[], f: DelegationFilters): HTMLElement {
  const options = filterOptions(rows);
  const select = (id: string, label: string, param: keyof DelegationFilters, values: string[], text: (v: string) => string) =>
    h('label', { for: id },
      label,
      h('select', {
        id,
        name: param,
        onchange: (e: Event) => ctx.navigate(withParams(ctx.route, { [param]: (e.target as HTMLSelectElement).value || null })),
      },
      h('option', { value: '' }, '全部'),
      ...unionWith(values, f[param]).map((v) => h('option', { value: v, selected: v === f[param] }, text(v)))));
  const active = Object.values(f).some((v) => v !== null);
  return h(
    'form',
    { className: 'filters', 'aria-label': '筛选授权', onsubmit: (e: Event) => e.preventDefault() },
    select('filter-field', '权力领域', 'field', options.fields, (v) => v),
    select('filter-mode', '方式', 'mode', options.modes, (v) => modeLabels[v as DelegationMode] ?? v),
    select('filter-year', '年度', 'year', options.years, (v) => `${v}年`),
    select('filter-from', '实施主体', 'from', options.froms, (v) => v),
    active
      ? h('button', {
          type: 'button',
          id: 'filter-clear',
          onclick: () => ctx.navigate(withParams(ctx.route, { field: null, mode: null, year: null, from: null })),
        }, '清除筛选')
      : null,
  );
}

/** A filter from a shared link stays selectable even when no row carries it any more. */
function unionWith(values: string[], current: string | null): string[] {
  return current !== null && !values.includes(current) ? [...values, current] : values;
}
