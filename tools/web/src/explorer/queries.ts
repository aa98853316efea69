// The GraphQL the explorer sends. Fragments keep the views asking for the same shapes.

const evidenceFields = `
fragment EvidenceFields on Evidence {
  start end quote
  report { id year title region { name } }
}`;

const documentRef = `
fragment DocumentRef on Document { id title number { text } kind year }`;

const delegationFields = `
fragment DelegationFields on Delegation {
  id mode modeLabel fromName from { id name } toNames
  to { __typename ... on Region { id name level } ... on Agency { id name } }
  matters itemCount recipientCount date
  region { name }
  report { id year }
  powers { category field }
  authorizedBy { ...DocumentRef }
  authorityChain { depth document { ...DocumentRef } evidence { ...EvidenceFields } }
  evidence { ...EvidenceFields }
}
${documentRef}
${evidenceFields}`;

export const homeQuery = `
query ExplorerHome {
  reports(first: 100, order: [{ region: ASC }, { year: ASC }]) {
    nodes { id year title region { name level parent { name } } }
  }
}`;

export const searchQuery = `
query ExplorerSearch($text: String!) {
  search(text: $text, types: [REGION, AGENCY, DOCUMENT], first: 40) {
    type snippet score
    node {
      __typename id
      ... on Region { name level parent { name } }
      ... on Agency { name region { name parent { name } } }
      ... on Document { ...DocumentRef issuerName }
    }
  }
}
${documentRef}`;

/** Delegations reaching a region (traceAuthority) and those its own report records (county level). */
export const regionQuery = `
query ExplorerRegion($name: String!, $parent: String) {
  region(name: $name, parent: $parent) {
    id name level
    parent { name level }
    ancestors { name level }
    children(level: TOWNSHIP) { id name }
  }
  traceAuthority(region: $name, parent: $parent) {
    steps { via { name } delegation { ...DelegationFields } }
  }
  delegations(first: 100, where: { region: { eq: $name } }, order: [{ date: ASC }]) {
    totalCount
    pageInfo { hasNextPage }
    nodes { ...DelegationFields }
  }
}
${delegationFields}`;

const documentFields = `
fragment DocumentFields on Document {
  ...DocumentRef
  number { text issuerCode year serial }
  issuerName issuer { id name region { name } }
  date status
  basedOn { ...DocumentRef }
  basisOf { ...DocumentRef }
  authorizes { ...DelegationFields }
  citedBy { id year title region { name } }
  evidence { ...EvidenceFields }
}`;

export const documentByIdQuery = `
query ExplorerDocument($id: ID!) { node(id: $id) { __typename ... on Document { ...DocumentFields } } }
${documentFields}
${delegationFields}`;

export const documentByNumberQuery = `
query ExplorerDocumentByNumber($number: String, $title: String) {
  document(number: $number, title: $title) { ...DocumentFields }
}
${documentFields}
${delegationFields}`;

/** One level of a BASED_ON walk: for each id, the documents it rests on and the ones resting on it. */
export const documentLinksQuery = `
query ExplorerDocumentLinks($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Document { id basedOn { ...DocumentRef } basisOf { ...DocumentRef } }
  }
}
${documentRef}`;

export const problemsQuery = `
query ExplorerProblems($region: String!) {
  region(name: $region) { id name level parent { name } }
  problems(first: 200, where: { region: { eq: $region } }, order: [{ year: ASC }, { category: ASC }]) {
    totalCount
    nodes {
      id text category found rectified stillOpen status year
      recurring { id year }
      evidence { ...EvidenceFields }
    }
  }
  metrics(first: 200, where: { region: { eq: $region } }, order: [{ year: ASC }, { name: ASC }]) {
    totalCount
    nodes { id name value unit year evidence { ...EvidenceFields } }
  }
}
${evidenceFields}`;

export const reportTextQuery = `
query ExplorerReportText($id: ID!) {
  node(id: $id) { __typename ... on Report { id year title text region { name } } }
}`;
