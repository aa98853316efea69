-- Full-text search, second design: one index per searchable text that answers queries of any length and returns
-- hits shortest text first, so a search stops after LIMIT hits however common the query is.
--
-- Replaces 002's trigram tables (bm25 ranked every match of a common phrase before LIMIT: 行政执法 matched 26,444
-- sentences at 2,850 reports, p99 141 ms) and 003's search_gram pair table (a b-tree row per character of every text,
-- maintained row by row by triggers: load 103 → 287 s and 184 → 274 MiB at 2,850 reports).
--
-- Each index is a contentless FTS5 table whose "document" is the text's 3-character windows, one per position,
-- written as words: 行政执法 → '行政执 政执法 执法 法'. The last two windows are shorter, so every character starts
-- a word and prefix='1 2' holds a ready doclist for every 1- and 2-character start:
--   1 or 2 characters  →  prefix query  "镇"*  /  "乡镇"*
--   3 or more          →  windows covering the query, ANDed: "行政执" AND "政执法"
-- detail=none keeps only rowids (no positions): the windows say which texts may match, and the search checks the
-- text itself with instr(), so a window split across a non-adjacent position is filtered out there.
-- The ascii tokenizer keeps every non-ASCII character in its word (CJK punctuation included) and folds A-Z.
-- rowid = length << 32 | pk: the doclists are in length order, so ORDER BY rowid LIMIT n reads the shortest matching
-- texts first and stops; pk is the node table's INTEGER PRIMARY KEY. contentless_delete lets triggers delete by rowid.

DROP TRIGGER region_fts_insert;
DROP TRIGGER region_fts_delete;
DROP TRIGGER region_fts_update;
DROP TRIGGER agency_fts_insert;
DROP TRIGGER agency_fts_delete;
DROP TRIGGER agency_fts_update;
DROP TRIGGER document_fts_insert;
DROP TRIGGER document_fts_delete;
DROP TRIGGER document_fts_update;
DROP TRIGGER problem_fts_insert;
DROP TRIGGER problem_fts_delete;
DROP TRIGGER problem_fts_update;
DROP TRIGGER sentence_fts_insert;
DROP TRIGGER sentence_fts_delete;
DROP TRIGGER sentence_fts_update;
DROP TABLE region_fts;
DROP TABLE agency_fts;
DROP TABLE document_fts;
DROP TABLE problem_fts;
DROP TABLE sentence_fts;

DROP TRIGGER region_gram_insert;
DROP TRIGGER region_gram_delete;
DROP TRIGGER region_gram_update;
DROP TRIGGER agency_gram_insert;
DROP TRIGGER agency_gram_delete;
DROP TRIGGER agency_gram_update;
DROP TRIGGER document_gram_insert;
DROP TRIGGER document_gram_delete;
DROP TRIGGER document_gram_update;
DROP TRIGGER problem_gram_insert;
DROP TRIGGER problem_gram_delete;
DROP TRIGGER problem_gram_update;
DROP TRIGGER sentence_gram_insert;
DROP TRIGGER sentence_gram_delete;
DROP TRIGGER sentence_gram_update;
DROP TABLE search_gram;
-- search_position (1..16384) stays: the triggers cut the windows by joining it

CREATE VIRTUAL TABLE region_search USING fts5 (windows, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii', prefix = '1 2');
CREATE VIRTUAL TABLE agency_search USING fts5 (windows, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii', prefix = '1 2');
CREATE VIRTUAL TABLE document_search USING fts5 (windows, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii', prefix = '1 2');
CREATE VIRTUAL TABLE problem_search USING fts5 (windows, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii', prefix = '1 2');
CREATE VIRTUAL TABLE sentence_search USING fts5 (windows, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii', prefix = '1 2');

-- existing rows
INSERT INTO region_search (rowid, windows)
SELECT (length(t.name) << 32) + t.pk, (SELECT group_concat(substr(t.name, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(t.name)) FROM region t;
INSERT INTO agency_search (rowid, windows)
SELECT (length(t.name) << 32) + t.pk, (SELECT group_concat(substr(t.name, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(t.name)) FROM agency t;
INSERT INTO document_search (rowid, windows)
SELECT (length(t.title) << 32) + t.pk, (SELECT group_concat(substr(t.title, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(t.title)) FROM document t;
INSERT INTO problem_search (rowid, windows)
SELECT (length(t.text) << 32) + t.pk, (SELECT group_concat(substr(t.text, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(t.text)) FROM problem t;
INSERT INTO sentence_search (rowid, windows)
SELECT (length(t.text) << 32) + t.pk, (SELECT group_concat(substr(t.text, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(t.text)) FROM sentence t;

CREATE TRIGGER region_search_insert AFTER INSERT ON region BEGIN
    INSERT INTO region_search (rowid, windows) VALUES ((length(new.name) << 32) + new.pk,
        (SELECT group_concat(substr(new.name, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.name)));
END;
CREATE TRIGGER region_search_delete AFTER DELETE ON region BEGIN
    DELETE FROM region_search WHERE rowid = (length(old.name) << 32) + old.pk;
END;
CREATE TRIGGER region_search_update AFTER UPDATE OF name ON region BEGIN
    DELETE FROM region_search WHERE rowid = (length(old.name) << 32) + old.pk;
    INSERT INTO region_search (rowid, windows) VALUES ((length(new.name) << 32) + new.pk,
        (SELECT group_concat(substr(new.name, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.name)));
END;

CREATE TRIGGER agency_search_insert AFTER INSERT ON agency BEGIN
    INSERT INTO agency_search (rowid, windows) VALUES ((length(new.name) << 32) + new.pk,
        (SELECT group_concat(substr(new.name, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.name)));
END;
CREATE TRIGGER agency_search_delete AFTER DELETE ON agency BEGIN
    DELETE FROM agency_search WHERE rowid = (length(old.name) << 32) + old.pk;
END;
CREATE TRIGGER agency_search_update AFTER UPDATE OF name ON agency BEGIN
    DELETE FROM agency_search WHERE rowid = (length(old.name) << 32) + old.pk;
    INSERT INTO agency_search (rowid, windows) VALUES ((length(new.name) << 32) + new.pk,
        (SELECT group_concat(substr(new.name, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.name)));
END;

CREATE TRIGGER document_search_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_search (rowid, windows) VALUES ((length(new.title) << 32) + new.pk,
        (SELECT group_concat(substr(new.title, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.title)));
END;
CREATE TRIGGER document_search_delete AFTER DELETE ON document BEGIN
    DELETE FROM document_search WHERE rowid = (length(old.title) << 32) + old.pk;
END;
CREATE TRIGGER document_search_update AFTER UPDATE OF title ON document BEGIN
    DELETE FROM document_search WHERE rowid = (length(old.title) << 32) + old.pk;
    INSERT INTO document_search (rowid, windows) VALUES ((length(new.title) << 32) + new.pk,
        (SELECT group_concat(substr(new.title, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.title)));
END;

CREATE TRIGGER problem_search_insert AFTER INSERT ON problem BEGIN
    INSERT INTO problem_search (rowid, windows) VALUES ((length(new.text) << 32) + new.pk,
        (SELECT group_concat(substr(new.text, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.text)));
END;
CREATE TRIGGER problem_search_delete AFTER DELETE ON problem BEGIN
    DELETE FROM problem_search WHERE rowid = (length(old.text) << 32) + old.pk;
END;
CREATE TRIGGER problem_search_update AFTER UPDATE OF text ON problem BEGIN
    DELETE FROM problem_search WHERE rowid = (length(old.text) << 32) + old.pk;
    INSERT INTO problem_search (rowid, windows) VALUES ((length(new.text) << 32) + new.pk,
        (SELECT group_concat(substr(new.text, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.text)));
END;

CREATE TRIGGER sentence_search_insert AFTER INSERT ON sentence BEGIN
    INSERT INTO sentence_search (rowid, windows) VALUES ((length(new.text) << 32) + new.pk,
        (SELECT group_concat(substr(new.text, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.text)));
END;
CREATE TRIGGER sentence_search_delete AFTER DELETE ON sentence BEGIN
    DELETE FROM sentence_search WHERE rowid = (length(old.text) << 32) + old.pk;
END;
CREATE TRIGGER sentence_search_update AFTER UPDATE OF text ON sentence BEGIN
    DELETE FROM sentence_search WHERE rowid = (length(old.text) << 32) + old.pk;
    INSERT INTO sentence_search (rowid, windows) VALUES ((length(new.text) << 32) + new.pk,
        (SELECT group_concat(substr(new.text, p.n, 3), ' ') FROM search_position p WHERE p.n <= length(new.text)));
END;
