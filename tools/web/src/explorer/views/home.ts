// The start page: what the explorer is for and the regions whose reports are loaded.
import { query } from '../api';
import type { ViewContext } from '../context';
import { h } from '../dom';
import { levelLabels } from '../labels';
import { homeQuery } from '../queries';
import { href } from '../route';
import type { RegionLevel } from '../types';
import { empty } from '../widgets';

interface HomeAnswer {
  reports: { nodes: { id: string; year: number; title: string | null; region: { name: string; level: RegionLevel; parent: { name: string } | null } }[] };
}

export async function renderHome(container: HTMLElement, ctx: ViewContext): Promise<void> {
  const data = await query<HomeAnswer>(homeQuery);
  if (!ctx.isCurrent()) return;
  const reports = data.reports.nodes;
  container.replaceChildren(
    h('h1', {}, '权限下放查询'),
    h('p', { className: 'lead' },
      '选一个乡镇或县区，看哪些权限由哪个部门、依据哪份文件下放、委托或划转到了这里，并直接打开报告原文核对。'),
    h('h2', {}, '已收录的法治政府建设年度报告'),
    reports.length === 0
      ? empty('尚未收录任何报告。')
      : h('ul', { className: 'report-list' }, ...reports.map((r) =>
          h('li', {},
            h('a', { href: href('region', { name: r.region.name }) }, r.region.name),
            h('span', { className: 'muted' }, ` ${levelLabels[r.region.level]}${r.region.parent ? ` · ${r.region.parent.name}` : ''} · ${r.year}年`),
            ' ',
            h('a', { href: href('problems', { region: r.region.name }), className: 'secondary' }, '问题与指标')))),
  );
}
