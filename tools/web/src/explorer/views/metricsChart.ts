// A small horizontal bar chart (SVG) of one unit's figures, largest first; each bar opens its evidence.
import type { Evidence, Metric } from '../types';
import { truncate } from '../widgets';

const svgNs = 'http://www.w3.org/2000/svg';
const maxBars = 12;

export function metricsChart(metrics: Metric[], unit: string, open: (ev: Evidence, opener: HTMLElement) => void): SVGSVGElement {
  const bars = [...metrics].sort((a, b) => b.value - a.value).slice(0, maxBars);
  const barHeight = 22;
  const labelWidth = 190;
  const width = 640;
  const height = Math.max(1, bars.length) * (barHeight + 6) + 8;
  const max = Math.max(1, ...bars.map((m) => m.value));
  const svg = el('svg', {
    class: 'metrics-chart',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `年度指标图（${unit || '无单位'}）：${bars.map((m) => `${m.name}${m.value}${m.unit ?? ''}`).join('，')}`,
  });
  bars.forEach((m, i) => {
    const y = 4 + i * (barHeight + 6);
    const w = Math.max(2, ((width - labelWidth - 90) * m.value) / max);
    const label = el('text', { x: labelWidth - 8, y: y + barHeight * 0.7, 'text-anchor': 'end', class: 'chart-label' });
    label.textContent = truncate(`${m.year ? `${m.year} ` : ''}${m.name}`, 14);
    const title = el('title', {});
    title.textContent = `${m.name}：${m.value}${m.unit ?? ''}`;
    const bar = el('rect', { x: labelWidth, y, width: w, height: barHeight, rx: 3, class: 'chart-bar' });
    bar.appendChild(title);
    const value = el('text', { x: labelWidth + w + 6, y: y + barHeight * 0.7, class: 'chart-value' });
    value.textContent = `${m.value.toLocaleString('zh-CN')}${m.unit ?? ''}`;
    const evidence = m.evidence[0];
    if (evidence === undefined) {
      svg.append(label, bar, value);
      return;
    }
    // The bar is a button: Enter or a click opens the sentence the figure was read from.
    const group = el('g', { class: 'chart-item', role: 'button', tabindex: 0, 'aria-label': `${m.name}：${m.value}${m.unit ?? ''}，打开原文` });
    group.append(label, bar, value);
    const activate = (): void => open(evidence, group as unknown as HTMLElement);
    group.addEventListener('click', activate);
    group.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate();
      }
    });
    svg.append(group);
  });
  return svg;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}
