// The delegations as a table: document and its BASED_ON chain, body, mode, matters, counts, recipients, evidence.
import type { ViewContext } from '../context';
import { fromLabel, powerCategories, powerFields, recipients, type DelegationRow } from '../delegations';
import { h } from '../dom';
import { modeLabels } from '../labels';
import type { RegionLevel } from '../types';
import { documentLink, evidenceLinks } from '../widgets';

/** The table under its own heading (region view), or bare inside a section that has one (document view). */
export function delegationTableFor(ctx: ViewContext, rows: DelegationRow[], level: RegionLevel, heading: string | null): HTMLElement {
  return h(
    'section',
    heading !== null ? { className: 'table-section', 'aria-labelledby': 'table-title' } : { className: 'table-section' },
    heading !== null ? h('h2', { id: 'table-title' }, heading) : null,
    h(
      'div',
      { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': '授权明细表，可横向滚动' },
      h(
        'table',
        { className: 'delegations' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, '授权文件及依据'),
          h('th', { scope: 'col' }, '实施主体'),
          h('th', { scope: 'col' }, '方式'),
          h('th', { scope: 'col' }, '事项'),
          h('th', { scope: 'col' }, '项数'),
          h('th', { scope: 'col' }, '承接方'),
          h('th', { scope: 'col' }, '日期'),
          h('th', { scope: 'col' }, '出处'))),
        h('tbody', {}, ...rows.map((row) => delegationRow(ctx, row, level))),
      ),
    ),
  );
}

function delegationRow(ctx: ViewContext, { delegation: d, via }: DelegationRow, level: RegionLevel): HTMLElement {
  const chain = d.authorityChain.filter((link) => link.depth > 0).sort((a, b) => a.depth - b.depth);
  const fields = powerFields(d);
  const categories = powerCategories(d);
  return h(
    'tr',
    { 'data-delegation': d.id },
    h('td', { 'data-label': '授权文件' },
      d.authorizedBy !== null ? documentLink(d.authorizedBy) : h('span', { className: 'muted' }, '未写明'),
      chain.length > 0
        ? h('ol', { className: 'chain', 'aria-label': '依据链' }, ...chain.map((link) =>
            h('li', {}, '依据 ', documentLink(link.document), ' ', evidenceLinks(ctx, link.evidence, '依据原文'))))
        : null),
    h('td', { 'data-label': '实施主体' }, fromLabel(d)),
    h('td', { 'data-label': '方式' }, h('span', { className: `mode mode-${d.mode.toLowerCase()}` }, d.modeLabel || modeLabels[d.mode])),
    h('td', { 'data-label': '事项' },
      fields.length > 0 ? h('div', {}, fields.join('、')) : null,
      categories.length > 0 ? h('div', { className: 'muted' }, categories.join('、')) : null,
      d.matters ? h('div', { className: 'matters' }, d.matters) : null),
    h('td', { className: 'num', 'data-label': '项数' }, d.itemCount ?? '—'),
    h('td', { 'data-label': '承接方' },
      recipients(d).join('、') || '—',
      d.recipientCount !== null ? h('span', { className: 'muted' }, `（${d.recipientCount}个）`) : null,
      via !== null && level === 'TOWNSHIP' ? h('div', { className: 'muted' }, `经${via}`) : null),
    h('td', { 'data-label': '日期' }, d.date ?? `${d.report.year}年`),
    h('td', { 'data-label': '出处' }, evidenceLinks(ctx, d.evidence)),
  );
}
