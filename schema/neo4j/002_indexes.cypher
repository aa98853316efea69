// Lookups that are not by id: evidence and mentions by fact and by report, lists by year and name.
CREATE INDEX evidence_fact IF NOT EXISTS FOR (n:Evidence) ON (n.factId);
CREATE INDEX evidence_report IF NOT EXISTS FOR (n:Evidence) ON (n.reportId);
CREATE INDEX mention_report IF NOT EXISTS FOR (n:Mention) ON (n.reportId);
CREATE INDEX mention_fact IF NOT EXISTS FOR (n:Mention) ON (n.factId);
CREATE INDEX curation_fact IF NOT EXISTS FOR (n:CurationEntry) ON (n.factId);
CREATE INDEX report_region_year IF NOT EXISTS FOR (n:Report) ON (n.regionId, n.year);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX document_title_key IF NOT EXISTS FOR (n:Document) ON (n.titleKey);
CREATE INDEX delegation_report IF NOT EXISTS FOR (n:Delegation) ON (n.reportId);
CREATE INDEX problem_report IF NOT EXISTS FOR (n:Problem) ON (n.reportId);
CREATE INDEX metric_report IF NOT EXISTS FOR (n:Metric) ON (n.reportId);
CREATE INDEX responsibility_report IF NOT EXISTS FOR (n:Responsibility) ON (n.reportId);
CREATE INDEX sentence_report IF NOT EXISTS FOR (n:Sentence) ON (n.reportId);
