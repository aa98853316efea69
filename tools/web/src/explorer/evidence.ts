// The evidence panel: the report opened at the quoted sentence, highlighted.
// Its state lives in the address (ev=<reportId>|<start>|<end>) so a quote can be shared as a link.
import { ApiError, query } from './api';
import { h } from './dom';
import { reportTextQuery } from './queries';
import type { Evidence } from './types';

export interface EvidenceRef { reportId: string; start: number; end: number }

export function encodeEvidence(ev: Evidence): string {
  return `${ev.report.id}|${ev.start}|${ev.end}`;
}

export function decodeEvidence(value: string | null): EvidenceRef | null {
  if (value === null) return null;
  const parts = value.split('|');
  if (parts.length !== 3) return null;
  const [reportId, start, end] = parts as [string, string, string];
  const s = Number.parseInt(start, 10);
  const e = Number.parseInt(end, 10);
  if (reportId === '' || !Number.isFinite(s) || !Number.isFinite(e) || s < 0 || e < s) return null;
  return { reportId, start: s, end: e };
}

interface ReportText { id: string; year: number; title: string | null; text: string; region: { name: string } }

export class EvidencePanel {
  private opener: HTMLElement | null = null;
  private current = '';

  constructor(private readonly root: HTMLElement, private readonly requestClose: () => void) {
    root.setAttribute('role', 'dialog');
    root.setAttribute('aria-labelledby', 'evidence-title');
    root.hidden = true;
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.root.hidden) {
        e.preventDefault();
        this.requestClose();
      }
    });
  }

  /** Remembers which control opened the panel, so closing it gives focus back. */
  rememberOpener(el: HTMLElement | null): void {
    this.opener = el;
  }

  async show(ref: EvidenceRef): Promise<void> {
    const key = `${ref.reportId}|${ref.start}|${ref.end}`;
    if (key === this.current && !this.root.hidden) return;
    this.current = key;
    this.root.hidden = false;
    document.body.classList.add('evidence-open');
    this.root.replaceChildren(
      this.header('原文', null),
      h('div', { className: 'loading', role: 'status' }, '正在打开报告原文…'),
    );
    this.focusClose();
    try {
      const data = await query<{ node: ReportText | null }>(reportTextQuery, { id: ref.reportId });
      if (this.current !== key) return;
      const report = data.node;
      if (report === null || typeof report.text !== 'string') {
        this.showError('找不到这份报告，它可能已被删除。');
        return;
      }
      this.render(report, ref);
    } catch (err) {
      if (this.current !== key) return;
      this.showError(err instanceof ApiError ? err.message : '打开报告原文时出错。');
    }
  }

  hide(): void {
    if (this.root.hidden) return;
    this.root.hidden = true;
    this.current = '';
    this.root.replaceChildren();
    document.body.classList.remove('evidence-open');
    const opener = this.opener;
    this.opener = null;
    if (opener !== null && opener.isConnected) opener.focus();
  }

  private render(report: ReportText, ref: EvidenceRef): void {
    const text = report.text;
    const start = Math.min(ref.start, text.length);
    const end = Math.min(Math.max(ref.end, start), text.length);
    const mark = h('mark', { id: 'evidence-mark', tabindex: -1 }, text.slice(start, end));
    const body = h(
      'div',
      { className: 'report-text', tabindex: 0, 'aria-label': '报告全文' },
      text.slice(0, start),
      mark,
      text.slice(end),
    );
    const heading = `${report.region.name} ${report.year} 年报告`;
    this.root.replaceChildren(
      this.header(heading, report.title),
      h('blockquote', { className: 'evidence-quote' }, text.slice(start, end)),
      body,
    );
    // Center the quote in the text pane; the pane, not the page, scrolls.
    body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - body.clientHeight / 3);
    this.focusClose();
  }

  private showError(message: string): void {
    this.root.replaceChildren(this.header('原文', null), h('div', { className: 'error', role: 'alert' }, message));
    this.focusClose();
  }

  private header(title: string, subtitle: string | null): HTMLElement {
    return h(
      'header',
      { className: 'evidence-header' },
      h('div', {}, h('h2', { id: 'evidence-title' }, title), subtitle ? h('p', { className: 'muted' }, subtitle) : null),
      h('button', {
        type: 'button',
        className: 'close',
        'aria-label': '关闭原文（Esc）',
        title: '关闭（Esc）',
        onclick: () => this.requestClose(),
      }, '×'),
    );
  }

  private focusClose(): void {
    const close = this.root.querySelector<HTMLButtonElement>('button.close');
    close?.focus({ preventScroll: true });
  }
}
