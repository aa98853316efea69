// Small pieces shared by the views: loading and error states, evidence links, document links.
import { ApiError } from './api';
import type { ViewContext } from './context';
import { h } from './dom';
import { docTitle } from './labels';
import { href } from './route';
import type { DocumentRef, Evidence } from './types';

export function loading(message = '加载中…'): HTMLElement {
  return h('div', { className: 'loading', role: 'status', 'aria-live': 'polite' }, h('span', { className: 'spinner', 'aria-hidden': 'true' }), message);
}

export function errorBox(err: unknown, retry: () => void): HTMLElement {
  const message = err instanceof ApiError ? err.message : '页面出错了，请重试。';
  if (!(err instanceof ApiError)) console.warn(err);
  return h(
    'div',
    { className: 'error', role: 'alert' },
    h('p', {}, message),
    h('button', { type: 'button', onclick: () => retry() }, '重试'),
  );
}

export function empty(message: string): HTMLElement {
  return h('p', { className: 'empty' }, message);
}

/** One button per evidence span: opens the report at the quote. */
export function evidenceLinks(ctx: ViewContext, evidence: Evidence[], label = '原文'): HTMLElement {
  const wrap = h('span', { className: 'evidence-links' });
  if (evidence.length === 0) {
    wrap.appendChild(h('span', { className: 'muted' }, '无出处'));
    return wrap;
  }
  evidence.forEach((ev, i) => {
    const text = evidence.length > 1 ? `${label}${i + 1}` : label;
    const button = h('button', {
      type: 'button',
      className: 'evidence-link',
      title: ev.quote,
      'aria-label': `${text}：${ev.report.region.name}${ev.report.year}年报告，“${truncate(ev.quote, 40)}”`,
    }, text);
    button.addEventListener('click', () => ctx.openEvidence(ev, button));
    wrap.appendChild(button);
  });
  return wrap;
}

export function documentLink(doc: DocumentRef): HTMLElement {
  return h(
    'a',
    { href: href('document', { id: doc.id }), className: 'doc-link' },
    docTitle(doc.title),
    doc.number ? h('span', { className: 'doc-number' }, ` ${doc.number.text}`) : null,
  );
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
