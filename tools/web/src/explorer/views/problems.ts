// A region's problems across years (recurring ones marked) and a small chart of its figures of the year.
import { query } from '../api';
import type { ViewContext } from '../context';
import { h } from '../dom';
import { problemStatusLabels } from '../labels';
import { problemsQuery } from '../queries';
import { href, withParams } from '../route';
import type { Metric, Problem, RegionLevel } from '../types';
import { empty, evidenceLinks } from '../widgets';
import { metricsChart } from './metricsChart';

interface ProblemsAnswer {
  region: { id: string; name: string; level: RegionLevel; parent: { name: string } | null } | null;
  problems: { totalCount: number; nodes: Problem[] };
  metrics: { totalCount: number; nodes: Metric[] };
}

export async function renderProblems(container: HTMLElement, ctx: ViewContext): Promise<void> {
  const region = ctx.route.params.get('region')?.trim() ?? '';
  if (region === '') {
    container.replaceChildren(empty('请先选择一个县区。'));
    return;
  }
  const data = await query<ProblemsAnswer>(problemsQuery, { region });
  if (!ctx.isCurrent()) return;

  const problems = data.problems.nodes;
  const byYear = new Map<number, Problem[]>();
  for (const p of problems) byYear.set(p.year, [...(byYear.get(p.year) ?? []), p]);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const recurringCount = problems.filter((p) => p.recurring.length > 0).length;

  container.replaceChildren(
    h('header', { className: 'view-header' },
      h('h1', {}, `${region}：问题与指标`),
      h('nav', { className: 'view-links', 'aria-label': '相关视图' },
        h('a', { href: href('region', { name: region }) }, `${region}的权限下放`))),
    h('section', { 'aria-labelledby': 'problems-title' },
      h('h2', { id: 'problems-title' }, `存在的问题（${problems.length}）`),
      h('p', { className: 'summary', role: 'status' },
        problems.length === 0
          ? `${region}的报告中没有记录问题。`
          : `${years.map((y) => `${y}年 ${byYear.get(y)?.length ?? 0} 条`).join('，')}；其中 ${recurringCount} 条在相邻年度反复出现。`),
      problems.length === 0 ? null : h('div', { className: 'years' }, ...years.map((year) =>
        h('section', { className: 'year', 'aria-labelledby': `year-${year}` },
          h('h3', { id: `year-${year}` }, `${year}年`),
          h('ul', { className: 'problems' }, ...(byYear.get(year) ?? []).map((p) => problemItem(ctx, p))))))),
    metricsSection(ctx, data.metrics.nodes),
  );
}

function problemItem(ctx: ViewContext, p: Problem): HTMLElement {
  const recurring = p.recurring.length > 0;
  return h(
    'li',
    { className: recurring ? 'problem recurring' : 'problem', 'data-problem': p.id },
    h('div', { className: 'problem-head' },
      p.category ? h('span', { className: 'badge' }, p.category) : null,
      h('span', { className: `status status-${p.status.toLowerCase()}` }, problemStatusLabels[p.status] ?? p.status),
      recurring
        ? h('span', { className: 'badge recurring-mark', title: '同一类别的问题在相邻年度也出现过' },
            `反复出现（${[...new Set(p.recurring.map((r) => r.year))].sort().join('、')}年）`)
        : null),
    h('p', {}, p.text),
    p.found !== null || p.rectified !== null
      ? h('p', { className: 'muted' },
          p.found !== null ? `发现 ${p.found}` : null,
          p.rectified !== null ? `，整改 ${p.rectified}` : null,
          p.stillOpen !== null ? `，尚余 ${p.stillOpen}` : null)
      : null,
    evidenceLinks(ctx, p.evidence),
  );
}

function metricsSection(ctx: ViewContext, metrics: Metric[]): HTMLElement {
  const units = [...new Set(metrics.map((m) => m.unit ?? ''))];
  // Default to the unit most figures share, so the chart compares like with like.
  const counts = units.map((u) => [u, metrics.filter((m) => (m.unit ?? '') === u).length] as const).sort((a, b) => b[1] - a[1]);
  const requested = ctx.route.params.get('unit');
  const unit = requested !== null && units.includes(requested) ? requested : counts[0]?.[0] ?? '';
  const charted = metrics.filter((m) => (m.unit ?? '') === unit);
  return h('section', { 'aria-labelledby': 'metrics-title' },
    h('h2', { id: 'metrics-title' }, `年度指标（${metrics.length}）`),
    metrics.length === 0
      ? empty('报告中没有记录可统计的指标。')
      : [
          h('label', { for: 'metric-unit' }, '单位',
            h('select', {
              id: 'metric-unit',
              onchange: (e: Event) => ctx.navigate(withParams(ctx.route, { unit: (e.target as HTMLSelectElement).value })),
            }, ...counts.map(([u, n]) => h('option', { value: u, selected: u === unit }, `${u || '无单位'}（${n}）`)))),
          metricsChart(charted, unit, (ev, opener) => ctx.openEvidence(ev, opener)),
          h('details', { className: 'metrics-all', open: metrics.length <= 15 },
            h('summary', {}, `全部指标明细（${metrics.length}）`),
          h('div', { className: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': '全部指标' },
            h('table', { className: 'metrics' },
              h('thead', {}, h('tr', {},
                h('th', { scope: 'col' }, '指标'), h('th', { scope: 'col' }, '数值'),
                h('th', { scope: 'col' }, '年度'), h('th', { scope: 'col' }, '出处'))),
              h('tbody', {}, ...metrics.map((m) => h('tr', {},
                h('td', {}, m.name),
                h('td', { className: 'num' }, `${formatNumber(m.value)}${m.unit ?? ''}`),
                h('td', {}, m.year ?? '—'),
                h('td', {}, evidenceLinks(ctx, m.evidence)))))))),
        ]);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('zh-CN') : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
