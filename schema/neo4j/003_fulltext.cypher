// Full-text search over Chinese text: the cjk analyzer indexes CJK bigrams, so any substring of two or more
// characters matches (the SQLite store uses FTS5 trigram for the same purpose).
CREATE FULLTEXT INDEX kg_text IF NOT EXISTS
FOR (n:Region|Agency|Document|Problem|Sentence) ON EACH [n.name, n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
