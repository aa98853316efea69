# Measures schema/sqlite at a fraction of national scale (python3 measure_sqlite_schema.py 0.1): load time, size,
# p50/p99 of (a) a township's delegations with documents and issuers, (b) an authority chain, (c) full-text.
# The numbers quoted in schema/sqlite/001_graph.sql come from this script; the BenchmarkDotNet harness supersedes it.
import sqlite3, random, time, os, sys, statistics
scale = float(sys.argv[1]) if len(sys.argv) > 1 else 0.2
path = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'kg-measure.db')
for ext in ('', '-wal', '-shm'):
    if os.path.exists(path + ext): os.remove(path + ext)
c = sqlite3.connect(path, isolation_level=None)
c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA synchronous=NORMAL')
schema = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'schema', 'sqlite')
for f in sorted(os.listdir(schema)):
    c.executescript(open(os.path.join(schema, f)).read())
random.seed(7)
counties = 2850; towns_per = 13; docs = int(1_000_000 * scale); links = int(5_000_000 * scale)
delegs = links // 5
t0 = time.time()
c.execute('BEGIN')
c.execute("INSERT INTO region(id,name,level) VALUES ('Region:prov','省',1)")
for i in range(counties):
    c.execute("INSERT INTO region(id,name,level,parent_id) VALUES (?,?,3,'Region:prov')", (f'Region:c{i}', f'县{i}'))
    for j in range(towns_per):
        c.execute("INSERT INTO region(id,name,level,parent_id) VALUES (?,?,7,?)", (f'Region:c{i}t{j}', f'镇{i}-{j}', f'Region:c{i}'))
    for k in range(5):
        c.execute("INSERT INTO agency(id,name,kind,region_id) VALUES (?,?,1,?)", (f'Agency:c{i}a{k}', f'县{i}局{k}', f'Region:c{i}'))
c.execute("INSERT INTO report(id,region_id,jurisdiction,year,content_hash,original_text,loaded_at) SELECT 'Report:'||id, id, name, 2020, 'h', '', '' FROM region WHERE level=3")
words = ['行政','执法','综合','改革','实施','方案','规定','办法','管理','乡镇','决策','程序','审批','服务','许可','处罚','宗教','交通','运输','环境']
for d in range(docs):
    county = random.randrange(counties)
    title = f'县{county}' + ''.join(random.choice(words) for _ in range(6)) + str(d)
    c.execute("INSERT INTO document(id,title,kind,year,issuer_id,region_id) VALUES (?,?,6,2020,?,?)", (f'Document:{d}', title, f'Agency:c{county}a{d%5}', f'Region:c{county}'))
    if d >= 100: c.execute("INSERT INTO based_on(document_id,basis_id,id) VALUES (?,?,?)", (f'Document:{d}', f'Document:{d//10}', f'BasedOn:{d}'))
for p in range(300):
    c.execute("INSERT INTO power(id,category,field) VALUES (?,?,?)", (f'Power:{p}', f'类{p%4}', f'领域{p}'))
for g in range(delegs):
    county = random.randrange(counties)
    c.execute("INSERT INTO delegation(id,report_id,region_id,year,mode,from_id,item_count,date,authorized_by_id) VALUES (?,?,?,2020,1,?,?,?,?)",
              (f'Delegation:{g}', f'Report:Region:c{county}', f'Region:c{county}', f'Agency:c{county}a{g%5}', g % 90, '2020-05-18', f'Document:{random.randrange(docs)}'))
    if g % 10 == 0:
        c.execute("INSERT INTO delegation_recipient VALUES (?,0,?,'Region','各乡镇',1)", (f'Delegation:{g}', f'Region:c{county}'))
    else:
        c.execute("INSERT INTO delegation_recipient VALUES (?,0,?,'Region','镇',0)", (f'Delegation:{g}', f'Region:c{county}t{random.randrange(towns_per)}'))
    for p in random.sample(range(300), 5):
        c.execute("INSERT INTO covers VALUES (?,?)", (f'Delegation:{g}', f'Power:{p}'))
c.execute('COMMIT')
load = time.time() - t0
c.execute('PRAGMA wal_checkpoint(TRUNCATE)')
size = os.path.getsize(path) / 1e6
r = sqlite3.connect(f'file:{path}?mode=ro', uri=True)
def bench(name, sql, args):
    times = []
    for a in args:
        t = time.perf_counter(); r.execute(sql, a).fetchall(); times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f'{name}: p50 {statistics.median(times):.2f} ms, p99 {times[int(len(times)*0.99)-1]:.2f} ms')
township = """
WITH RECURSIVE up(id, depth) AS (SELECT ?, 0 UNION SELECT g.parent_id, up.depth + 1 FROM region g JOIN up ON g.id = up.id WHERE g.parent_id IS NOT NULL AND up.depth < 8)
SELECT dl.id, dl.item_count, dl.date, d.title, d.number, a.name FROM up
JOIN delegation_recipient rc ON rc.target_id = up.id AND (up.depth = 0 OR rc.collective = 1)
JOIN delegation dl ON dl.id = rc.delegation_id AND dl.status <> 3
LEFT JOIN document d ON d.id = dl.authorized_by_id LEFT JOIN agency a ON a.id = dl.from_id"""
chain = """
WITH RECURSIVE chain(delegation_id, depth, document_id) AS (
 SELECT dl.id, 0, dl.authorized_by_id FROM delegation dl WHERE dl.id = ? AND dl.authorized_by_id IS NOT NULL
 UNION SELECT c.delegation_id, c.depth + 1, b.basis_id FROM chain c JOIN based_on b ON b.document_id = c.document_id WHERE c.depth < 8)
SELECT d.id, d.title FROM chain c JOIN document d ON d.id = c.document_id"""
fts = "SELECT d.id, d.title FROM (SELECT rowid, rank FROM document_fts WHERE document_fts MATCH ? ORDER BY rank LIMIT 20) f JOIN document d ON d.pk = f.rowid ORDER BY f.rank"
print(f'scale {scale}: {docs} documents, {links} delegation-power links, {delegs} delegations; load {load:.0f} s; size {size:.0f} MB')
bench('(a) township delegations + documents + issuers', township, [(f'Region:c{random.randrange(counties)}t{random.randrange(towns_per)}',) for _ in range(2000)])
bench('(b) authority chain to the root', chain, [(f'Delegation:{random.randrange(delegs)}',) for _ in range(2000)])
bench('(c) full-text (trigram phrase)', fts, [('"' + random.choice(words) + random.choice(words) + '"',) for _ in range(300)])
