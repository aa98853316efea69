// GraphiQL for developers, bundled from npm and pointed at this server's /graphql.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const endpoint = new URL('/graphql', window.location.origin).toString();
const fetcher = createGraphiQLFetcher({ url: endpoint });

const defaultQuery = `# The powers reaching 公田镇, with the document that authorizes them and its evidence.
query TracePowers {
  traceAuthority(region: "公田镇") {
    region { name level parent { name } }
    steps {
      mode
      itemCount
      delegatedBy { name }
      authorizedBy { title number { text } }
      evidence { quote }
    }
  }
}
`;

const root = document.getElementById('graphiql');
if (root === null) throw new Error('#graphiql is missing from the page');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
