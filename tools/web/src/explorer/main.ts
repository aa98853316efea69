// The explorer's shell: search box, hash routing, the views and the evidence panel.
import './styles.css';
import type { ViewContext, ViewRenderer } from './context';
import { decodeEvidence, EvidencePanel, encodeEvidence } from './evidence';
import { evidenceParam, href, parseRoute, viewKey, withParams, type Route, type View } from './route';
import { renderDocument } from './views/document';
import { renderHome } from './views/home';
import { renderProblems } from './views/problems';
import { renderRegion } from './views/region';
import { renderSearch } from './views/search';
import { errorBox, loading } from './widgets';

const renderers: Record<View, ViewRenderer> = {
  home: renderHome,
  search: renderSearch,
  region: renderRegion,
  document: renderDocument,
  problems: renderProblems,
};

const titles: Record<View, (r: Route) => string> = {
  home: () => '权限下放查询',
  search: (r) => `搜索：${r.params.get('q') ?? ''}`,
  region: (r) => r.params.get('name') ?? '地区',
  document: () => '文件',
  problems: (r) => `${r.params.get('region') ?? ''}：问题与指标`,
};

const main = document.getElementById('view') as HTMLElement;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const panel = new EvidencePanel(document.getElementById('evidence') as HTMLElement, () => closeEvidence());

let shownKey: string | null = null;
const disposers: (() => void)[] = [];
let generation = 0;
let route = parseRoute(window.location.hash);

function navigate(hash: string): void {
  if (hash === window.location.hash) void render(true);
  else window.location.hash = hash;
}

function openEvidence(ev: Parameters<ViewContext['openEvidence']>[0], opener: HTMLElement): void {
  panel.rememberOpener(opener);
  navigate(withParams(route, { [evidenceParam]: encodeEvidence(ev) }));
}

function closeEvidence(): void {
  if (route.params.has(evidenceParam)) navigate(withParams(route, { [evidenceParam]: null }));
  else panel.hide();
}

async function render(force = false): Promise<void> {
  route = parseRoute(window.location.hash);
  const key = viewKey(route);
  const evidence = decodeEvidence(route.params.get(evidenceParam));
  if (evidence === null) panel.hide();

  if (force || key !== shownKey) {
    shownKey = key;
    const mine = ++generation;
    document.title = `${titles[route.view](route)} · 法治政府报告知识图谱`;
    if (route.view === 'search') input.value = route.params.get('q') ?? '';
    // Keep focus on a control that survives the re-render (a filter select), or move it to the new view.
    const focusedId = document.activeElement instanceof HTMLElement && main.contains(document.activeElement) ? document.activeElement.id : '';
    for (const dispose of disposers.splice(0)) dispose();
    main.setAttribute('aria-busy', 'true');
    main.replaceChildren(loading());
    const ctx: ViewContext = {
      route,
      isCurrent: () => mine === generation,
      navigate,
      openEvidence,
      onDispose: (dispose) => {
        if (mine === generation) disposers.push(dispose);
        else dispose();
      },
    };
    try {
      await renderers[route.view](main, ctx);
    } catch (err) {
      if (mine === generation) main.replaceChildren(errorBox(err, () => void render(true)));
    } finally {
      if (mine === generation) main.removeAttribute('aria-busy');
    }
    if (mine !== generation) return;
    const again = focusedId ? document.getElementById(focusedId) : null;
    if (again !== null) again.focus();
    else if (!evidence) focusHeading();
  }
  if (evidence !== null) await panel.show(evidence);
}

/** After a view change, reading (and tabbing) starts at the new view's heading. */
function focusHeading(): void {
  const heading = main.querySelector<HTMLElement>('h1');
  if (heading === null) return;
  heading.tabIndex = -1;
  heading.focus();
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = input.value.trim();
  if (text !== '') navigate(href('search', { q: text }));
});
// An Enter that confirms an IME candidate (拼音 → 汉字) must not submit the half-typed text.
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && e.isComposing) e.preventDefault();
});

window.addEventListener('hashchange', () => void render());
void render();
