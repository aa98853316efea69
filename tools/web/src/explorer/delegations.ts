// Delegations as the region view shows them: who, how, what, to whom, under which document — and filtering.
import type { Delegation } from './types';

export interface DelegationRow {
  delegation: Delegation;
  /** The county-level region through which a delegation reaches a township, when traced. */
  via: string | null;
}

export interface DelegationFilters {
  field: string | null;
  mode: string | null;
  year: string | null;
  from: string | null;
}

export function fromLabel(d: Delegation): string {
  return d.from?.name ?? d.fromName ?? '（未写明实施主体）';
}

/** Recipients as the report words them (各乡镇, 乡镇人民政府); resolved nodes only when nothing is written. */
export function recipients(d: Delegation): string[] {
  return d.toNames.length > 0 ? d.toNames : d.to.map((t) => t.name);
}

/** The township or park a written recipient resolved to, when it is one a reader can open. */
export function openableRecipient(d: Delegation, name: string): string | null {
  const hit = d.to.find((t) => t.__typename === 'Region' && t.name === name && (t.level === 'TOWNSHIP' || t.level === 'ZONE'));
  return hit?.name ?? null;
}

export function powerFields(d: Delegation): string[] {
  return unique(d.powers.map((p) => p.field).filter((f): f is string => f !== null && f !== ''));
}

export function powerCategories(d: Delegation): string[] {
  return unique(d.powers.map((p) => p.category).filter((c): c is string => c !== null && c !== ''));
}

/** Delegations from traceAuthority and from the region's own report, each once. */
export function mergeRows(traced: DelegationRow[], recorded: Delegation[]): DelegationRow[] {
  const seen = new Map<string, DelegationRow>();
  for (const row of traced) if (!seen.has(row.delegation.id)) seen.set(row.delegation.id, row);
  for (const d of recorded) if (!seen.has(d.id)) seen.set(d.id, { delegation: d, via: null });
  return [...seen.values()].sort(
    (a, b) =>
      a.delegation.report.year - b.delegation.report.year ||
      (a.delegation.date ?? '').localeCompare(b.delegation.date ?? '') ||
      fromLabel(a.delegation).localeCompare(fromLabel(b.delegation), 'zh'),
  );
}

export function applyFilters(rows: DelegationRow[], f: DelegationFilters): DelegationRow[] {
  return rows.filter(({ delegation: d }) =>
    (f.field === null || powerFields(d).includes(f.field)) &&
    (f.mode === null || d.mode === f.mode) &&
    (f.year === null || String(d.report.year) === f.year) &&
    (f.from === null || fromLabel(d) === f.from),
  );
}

export function filterOptions(rows: DelegationRow[]): { fields: string[]; modes: string[]; years: string[]; froms: string[] } {
  const ds = rows.map((r) => r.delegation);
  return {
    fields: unique(ds.flatMap(powerFields)).sort((a, b) => a.localeCompare(b, 'zh')),
    modes: unique(ds.map((d) => d.mode)),
    years: unique(ds.map((d) => String(d.report.year))).sort(),
    froms: unique(ds.map(fromLabel)).sort((a, b) => a.localeCompare(b, 'zh')),
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
