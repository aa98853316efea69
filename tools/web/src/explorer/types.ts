// Shapes of the answers the explorer asks for (see queries.ts and schema/knowledge-graph.graphql).

export type DelegationMode = 'DEVOLVE' | 'ENTRUST' | 'TRANSFER' | 'EMPOWER' | 'CONCENTRATE';
export type RegionLevel =
  | 'UNKNOWN' | 'PROVINCE' | 'CITY' | 'COUNTY' | 'DISTRICT' | 'COUNTY_LEVEL_CITY' | 'ZONE' | 'TOWNSHIP';

export interface RegionRef { id?: string; name: string; level?: RegionLevel; parent?: { name: string } | null }

export interface ReportRef { id: string; year: number; title: string | null; region: { name: string } }

export interface Evidence { start: number; end: number; quote: string; report: ReportRef }

export interface NumberRef { text: string }

export interface DocumentRef {
  id: string;
  title: string;
  number: NumberRef | null;
  kind: string;
  year?: number | null;
}

export interface AuthorityLink { depth: number; document: DocumentRef; evidence: Evidence[] }

export interface Power { category: string | null; field: string | null }

export type DelegationTarget =
  | { __typename: 'Region'; id: string; name: string; level: RegionLevel }
  | { __typename: 'Agency'; id: string; name: string };

export interface Delegation {
  id: string;
  mode: DelegationMode;
  modeLabel: string;
  from: { id: string; name: string } | null;
  fromName: string | null;
  to: DelegationTarget[];
  toNames: string[];
  matters: string | null;
  itemCount: number | null;
  recipientCount: number | null;
  date: string | null;
  region: { name: string } | null;
  report: { id: string; year: number };
  powers: Power[];
  authorizedBy: DocumentRef | null;
  authorityChain: AuthorityLink[];
  evidence: Evidence[];
}

export interface Problem {
  id: string;
  text: string;
  category: string | null;
  found: number | null;
  rectified: number | null;
  stillOpen: number | null;
  status: 'OPEN' | 'RECTIFYING' | 'RECTIFIED';
  year: number;
  recurring: { id: string; year: number }[];
  evidence: Evidence[];
}

export interface Metric {
  id: string;
  name: string;
  value: number;
  unit: string | null;
  year: number | null;
  evidence: Evidence[];
}

export interface SearchHit {
  type: 'REGION' | 'AGENCY' | 'DOCUMENT' | 'PROBLEM' | 'SENTENCE';
  snippet: string;
  score: number;
  node:
    | { __typename: 'Region'; id: string; name: string; level: RegionLevel; parent: { name: string } | null }
    | { __typename: 'Agency'; id: string; name: string; region: { name: string; parent: { name: string } | null } | null }
    | ({ __typename: 'Document' } & DocumentRef & { issuerName: string | null })
    | { __typename: string; id: string };
}
