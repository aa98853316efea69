// Full-text search over regions, agencies and documents (the API's `search`).
import { query } from '../api';
import type { ViewContext } from '../context';
import { fill, h, snippet } from '../dom';
import { docTitle, levelLabels, searchTypeLabels } from '../labels';
import { searchQuery } from '../queries';
import { href } from '../route';
import type { SearchHit } from '../types';
import { empty } from '../widgets';

export async function renderSearch(container: HTMLElement, ctx: ViewContext): Promise<void> {
  const text = ctx.route.params.get('q')?.trim() ?? '';
  if (text === '') {
    container.replaceChildren(empty('请输入乡镇、县区、机关或文件名称。'));
    return;
  }
  const data = await query<{ search: SearchHit[] }>(searchQuery, { text });
  if (!ctx.isCurrent()) return;
  const hits = data.search;
  const list = h('ol', { className: 'hits', 'aria-label': `“${text}”的搜索结果` });
  for (const hit of hits) {
    const item = hitItem(hit);
    if (item !== null) list.appendChild(item);
  }
  fill(container,
    h('h1', {}, `搜索：${text}`),
    h('p', { className: 'summary', role: 'status' }, hits.length === 0 ? `没有找到与“${text}”相关的地区、机关或文件。` : `找到 ${hits.length} 条结果。`),
    hits.length > 0 ? list : null,
  );
}

function hitItem(hit: SearchHit): HTMLElement | null {
  const node = hit.node;
  let link: HTMLElement;
  let detail: string | null = null;
  if (node.__typename === 'Region' && 'name' in node && 'level' in node) {
    const parent = 'parent' in node ? node.parent?.name ?? null : null;
    link = h('a', { href: href('region', { name: node.name, parent }) }, node.name);
    detail = [levelLabels[node.level], parent].filter(Boolean).join(' · ');
  } else if (node.__typename === 'Agency' && 'name' in node && 'region' in node) {
    const region = node.region;
    link = h('a', { href: region ? href('region', { name: region.name, parent: region.parent?.name ?? null, from: node.name }) : href('search', { q: node.name }) }, node.name);
    detail = region ? `${region.name}的机关：查看其授权` : '机关';
  } else if (node.__typename === 'Document' && 'title' in node) {
    link = h('a', { href: href('document', { id: node.id }) }, docTitle(node.title));
    detail = [node.number?.text, 'issuerName' in node ? node.issuerName : null, node.year ? `${node.year}年` : null].filter(Boolean).join(' · ');
  } else {
    return null;
  }
  return h(
    'li',
    { className: `hit hit-${hit.type.toLowerCase()}` },
    h('span', { className: 'badge' }, searchTypeLabels[hit.type] ?? hit.type),
    link,
    detail ? h('span', { className: 'muted' }, ` ${detail}`) : null,
    // A snippet that only repeats the name adds nothing.
    hit.snippet.replace(/[【】]/gu, '') !== link.textContent ? h('div', { className: 'hit-snippet' }, snippet(hit.snippet)) : null,
  );
}
