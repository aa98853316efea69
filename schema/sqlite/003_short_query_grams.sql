-- Full-text search for 1- and 2-character queries, which the trigram index cannot answer (乡镇, 民宗, 镇): an
-- inverted table of every character pair of every searchable text, kept in step by the same kind of triggers as
-- the FTS5 tables. The pair at a text's last position is its final character alone, so every occurrence of a
-- character starts some stored gram and 1-character queries are a prefix range. len (the text's length) sits in
-- the key before pk so "shortest texts first" reads the index in order and stops after LIMIT rows.
-- kind: 1 region.name, 2 agency.name, 3 document.title, 4 problem.text, 5 sentence.text.

-- positions 1..16384: triggers may not use recursive CTEs, so the pairs are cut by joining this table
CREATE TABLE search_position (n INTEGER PRIMARY KEY);
WITH RECURSIVE p (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 16384)
INSERT INTO search_position (n) SELECT n FROM p;

CREATE TABLE search_gram (
    kind INTEGER NOT NULL,
    gram TEXT NOT NULL,
    len INTEGER NOT NULL,
    pk INTEGER NOT NULL,
    PRIMARY KEY (kind, gram, len, pk)
) WITHOUT ROWID;

-- existing rows
INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
SELECT 1, substr(t.name, p.n, 2), length(t.name), t.pk FROM region t JOIN search_position p ON p.n <= length(t.name);
INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
SELECT 2, substr(t.name, p.n, 2), length(t.name), t.pk FROM agency t JOIN search_position p ON p.n <= length(t.name);
INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
SELECT 3, substr(t.title, p.n, 2), length(t.title), t.pk FROM document t JOIN search_position p ON p.n <= length(t.title);
INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
SELECT 4, substr(t.text, p.n, 2), length(t.text), t.pk FROM problem t JOIN search_position p ON p.n <= length(t.text);
INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
SELECT 5, substr(t.text, p.n, 2), length(t.text), t.pk FROM sentence t JOIN search_position p ON p.n <= length(t.text);

CREATE TRIGGER region_gram_insert AFTER INSERT ON region BEGIN
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 1, substr(new.name, p.n, 2), length(new.name), new.pk FROM search_position p WHERE p.n <= length(new.name);
END;
CREATE TRIGGER region_gram_delete AFTER DELETE ON region BEGIN
    DELETE FROM search_gram WHERE kind = 1 AND len = length(old.name) AND pk = old.pk
        AND gram IN (SELECT substr(old.name, p.n, 2) FROM search_position p WHERE p.n <= length(old.name));
END;
CREATE TRIGGER region_gram_update AFTER UPDATE OF name ON region BEGIN
    DELETE FROM search_gram WHERE kind = 1 AND len = length(old.name) AND pk = old.pk
        AND gram IN (SELECT substr(old.name, p.n, 2) FROM search_position p WHERE p.n <= length(old.name));
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 1, substr(new.name, p.n, 2), length(new.name), new.pk FROM search_position p WHERE p.n <= length(new.name);
END;

CREATE TRIGGER agency_gram_insert AFTER INSERT ON agency BEGIN
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 2, substr(new.name, p.n, 2), length(new.name), new.pk FROM search_position p WHERE p.n <= length(new.name);
END;
CREATE TRIGGER agency_gram_delete AFTER DELETE ON agency BEGIN
    DELETE FROM search_gram WHERE kind = 2 AND len = length(old.name) AND pk = old.pk
        AND gram IN (SELECT substr(old.name, p.n, 2) FROM search_position p WHERE p.n <= length(old.name));
END;
CREATE TRIGGER agency_gram_update AFTER UPDATE OF name ON agency BEGIN
    DELETE FROM search_gram WHERE kind = 2 AND len = length(old.name) AND pk = old.pk
        AND gram IN (SELECT substr(old.name, p.n, 2) FROM search_position p WHERE p.n <= length(old.name));
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 2, substr(new.name, p.n, 2), length(new.name), new.pk FROM search_position p WHERE p.n <= length(new.name);
END;

CREATE TRIGGER document_gram_insert AFTER INSERT ON document BEGIN
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 3, substr(new.title, p.n, 2), length(new.title), new.pk FROM search_position p WHERE p.n <= length(new.title);
END;
CREATE TRIGGER document_gram_delete AFTER DELETE ON document BEGIN
    DELETE FROM search_gram WHERE kind = 3 AND len = length(old.title) AND pk = old.pk
        AND gram IN (SELECT substr(old.title, p.n, 2) FROM search_position p WHERE p.n <= length(old.title));
END;
CREATE TRIGGER document_gram_update AFTER UPDATE OF title ON document BEGIN
    DELETE FROM search_gram WHERE kind = 3 AND len = length(old.title) AND pk = old.pk
        AND gram IN (SELECT substr(old.title, p.n, 2) FROM search_position p WHERE p.n <= length(old.title));
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 3, substr(new.title, p.n, 2), length(new.title), new.pk FROM search_position p WHERE p.n <= length(new.title);
END;

CREATE TRIGGER problem_gram_insert AFTER INSERT ON problem BEGIN
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 4, substr(new.text, p.n, 2), length(new.text), new.pk FROM search_position p WHERE p.n <= length(new.text);
END;
CREATE TRIGGER problem_gram_delete AFTER DELETE ON problem BEGIN
    DELETE FROM search_gram WHERE kind = 4 AND len = length(old.text) AND pk = old.pk
        AND gram IN (SELECT substr(old.text, p.n, 2) FROM search_position p WHERE p.n <= length(old.text));
END;
CREATE TRIGGER problem_gram_update AFTER UPDATE OF text ON problem BEGIN
    DELETE FROM search_gram WHERE kind = 4 AND len = length(old.text) AND pk = old.pk
        AND gram IN (SELECT substr(old.text, p.n, 2) FROM search_position p WHERE p.n <= length(old.text));
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 4, substr(new.text, p.n, 2), length(new.text), new.pk FROM search_position p WHERE p.n <= length(new.text);
END;

CREATE TRIGGER sentence_gram_insert AFTER INSERT ON sentence BEGIN
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 5, substr(new.text, p.n, 2), length(new.text), new.pk FROM search_position p WHERE p.n <= length(new.text);
END;
CREATE TRIGGER sentence_gram_delete AFTER DELETE ON sentence BEGIN
    DELETE FROM search_gram WHERE kind = 5 AND len = length(old.text) AND pk = old.pk
        AND gram IN (SELECT substr(old.text, p.n, 2) FROM search_position p WHERE p.n <= length(old.text));
END;
CREATE TRIGGER sentence_gram_update AFTER UPDATE OF text ON sentence BEGIN
    DELETE FROM search_gram WHERE kind = 5 AND len = length(old.text) AND pk = old.pk
        AND gram IN (SELECT substr(old.text, p.n, 2) FROM search_position p WHERE p.n <= length(old.text));
    INSERT OR IGNORE INTO search_gram (kind, gram, len, pk)
        SELECT 5, substr(new.text, p.n, 2), length(new.text), new.pk FROM search_position p WHERE p.n <= length(new.text);
END;
