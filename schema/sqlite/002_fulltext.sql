-- Full-text search: FTS5 with the trigram tokenizer (Chinese has no spaces; any substring of 3+ characters is
-- answered from the index). One external-content index per searchable text, keyed on the node table's pk,
-- kept in step by triggers whatever writes the table (ingest, curation, merge, import).

CREATE VIRTUAL TABLE region_fts USING fts5 (name, content = 'region', content_rowid = 'pk', tokenize = 'trigram');
CREATE VIRTUAL TABLE agency_fts USING fts5 (name, content = 'agency', content_rowid = 'pk', tokenize = 'trigram');
CREATE VIRTUAL TABLE document_fts USING fts5 (title, content = 'document', content_rowid = 'pk', tokenize = 'trigram');
CREATE VIRTUAL TABLE problem_fts USING fts5 (text, content = 'problem', content_rowid = 'pk', tokenize = 'trigram');
CREATE VIRTUAL TABLE sentence_fts USING fts5 (text, content = 'sentence', content_rowid = 'pk', tokenize = 'trigram');

CREATE TRIGGER region_fts_insert AFTER INSERT ON region BEGIN
    INSERT INTO region_fts (rowid, name) VALUES (new.pk, new.name);
END;
CREATE TRIGGER region_fts_delete AFTER DELETE ON region BEGIN
    INSERT INTO region_fts (region_fts, rowid, name) VALUES ('delete', old.pk, old.name);
END;
CREATE TRIGGER region_fts_update AFTER UPDATE OF name ON region BEGIN
    INSERT INTO region_fts (region_fts, rowid, name) VALUES ('delete', old.pk, old.name);
    INSERT INTO region_fts (rowid, name) VALUES (new.pk, new.name);
END;

CREATE TRIGGER agency_fts_insert AFTER INSERT ON agency BEGIN
    INSERT INTO agency_fts (rowid, name) VALUES (new.pk, new.name);
END;
CREATE TRIGGER agency_fts_delete AFTER DELETE ON agency BEGIN
    INSERT INTO agency_fts (agency_fts, rowid, name) VALUES ('delete', old.pk, old.name);
END;
CREATE TRIGGER agency_fts_update AFTER UPDATE OF name ON agency BEGIN
    INSERT INTO agency_fts (agency_fts, rowid, name) VALUES ('delete', old.pk, old.name);
    INSERT INTO agency_fts (rowid, name) VALUES (new.pk, new.name);
END;

CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_fts (rowid, title) VALUES (new.pk, new.title);
END;
CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, title) VALUES ('delete', old.pk, old.title);
END;
CREATE TRIGGER document_fts_update AFTER UPDATE OF title ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, title) VALUES ('delete', old.pk, old.title);
    INSERT INTO document_fts (rowid, title) VALUES (new.pk, new.title);
END;

CREATE TRIGGER problem_fts_insert AFTER INSERT ON problem BEGIN
    INSERT INTO problem_fts (rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER problem_fts_delete AFTER DELETE ON problem BEGIN
    INSERT INTO problem_fts (problem_fts, rowid, text) VALUES ('delete', old.pk, old.text);
END;
CREATE TRIGGER problem_fts_update AFTER UPDATE OF text ON problem BEGIN
    INSERT INTO problem_fts (problem_fts, rowid, text) VALUES ('delete', old.pk, old.text);
    INSERT INTO problem_fts (rowid, text) VALUES (new.pk, new.text);
END;

CREATE TRIGGER sentence_fts_insert AFTER INSERT ON sentence BEGIN
    INSERT INTO sentence_fts (rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER sentence_fts_delete AFTER DELETE ON sentence BEGIN
    INSERT INTO sentence_fts (sentence_fts, rowid, text) VALUES ('delete', old.pk, old.text);
END;
CREATE TRIGGER sentence_fts_update AFTER UPDATE OF text ON sentence BEGIN
    INSERT INTO sentence_fts (sentence_fts, rowid, text) VALUES ('delete', old.pk, old.text);
    INSERT INTO sentence_fts (rowid, text) VALUES (new.pk, new.text);
END;
