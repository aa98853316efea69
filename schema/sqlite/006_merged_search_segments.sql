-- Merge each full-text window index (migration 004) into one b-tree segment.
--
-- FTS5 writes every transaction's new entries as a new segment and merges them lazily (automerge), so a graph loaded
-- report by report keeps 10–30 segments per index. A search looks every query term up in every segment and merges
-- the segments' doclists to read them in rowid order: measured over the same 600 reports, python over SQLite 3.50,
-- 21 queries × 5 kinds, median of 7 alternated runs, 14.3 ms of CPU with 13–18 segments vs 5.3 ms after 'optimize'.
-- Loads after this one add small segments again (automerge folds them in); a bulk load can end with the same five
-- statements.
INSERT INTO region_search (region_search) VALUES ('optimize');
INSERT INTO agency_search (agency_search) VALUES ('optimize');
INSERT INTO document_search (document_search) VALUES ('optimize');
INSERT INTO problem_search (problem_search) VALUES ('optimize');
INSERT INTO sentence_search (sentence_search) VALUES ('optimize');
