#!/usr/bin/python3
"""Checks an archive of claims documents with Dask distributed and the native claimcheck.

Each partition of the archive goes through one `claimcheck batch - --index` process (JSON Lines in and out): its
documents' own checks, and the (subject, metric) shards each document belongs to. The cross-document index is then
sharded by (subject, metric) with Dask's own group-by (a task shuffle between the workers), and each shuffled
partition goes through one `claimcheck batch - --shards` process, which checks every shard's documents against each
other as a timeline (identical statements merged with their sources) and keeps the findings of that shard. Over all
shards these are the findings `claimcheck batch --cross` gives for all the documents in one process, and the shards'
agreements add up to its agreements (`--one-process` runs `claimcheck batch - --cross --index`, for comparison).

    /usr/bin/python3 examples/dask/claimcheck_dask.py ARCHIVE --claimcheck PATH [--workers 2 | --scheduler ADDRESS]

ARCHIVE is a folder (every *.claims.json in it and below, each article found by its "text") or a JSON Lines file of
{"document": {...}, "article": "text", "name": "..."} lines. On a real cluster (--scheduler tcp://HOST:8786) the
workers must see the archive and the claimcheck binary at the same paths (shared storage).

Output (--output FILE, default stdout): the documents' lines in the archive's order, then the cross-document findings
sorted by their text (code point order; one process lists them in the timeline's order, the shards each in theirs),
then any crossError lines, then one summary line (one process: claimcheck's own; Dask: the partitions' and the
shards' summaries added up). Timings of each stage go to stderr as one JSON line.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
import zlib


def document_line(path, root):
    """A claims document file as a JSON line with its article's text, named by its path under the archive."""
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    text = os.path.join(os.path.dirname(path), document["article"]["text"])
    with open(text, encoding="utf-8") as f:
        article = f.read()
    name = os.path.relpath(path, root)
    return json.dumps({"name": name, "document": document, "article": article}, ensure_ascii=False, separators=(",", ":"))


def named(line):
    """A JSON line as given, with a name when it has none (a digest of the line: the same wherever it is read)."""
    line = line.strip()
    if not line:
        return None
    if '"name"' not in line:
        record = json.loads(line)
        if "name" not in record:
            record["name"] = "sha1:" + hashlib.sha1(line.encode("utf-8")).hexdigest()[:16]
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return line


def run(claimcheck, args, lines):
    """Runs claimcheck with the lines on its standard input; returns its output lines (exit 0 or 1 is a result)."""
    stdin = ("\n".join(lines) + "\n").encode("utf-8")
    done = subprocess.run([claimcheck, "batch", "-", "--parallel", "1", *args], input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"claimcheck batch {' '.join(args)} exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')}")
    return done.stdout.decode("utf-8").splitlines()


def check_partition(numbered, claimcheck):
    """One partition of documents through one claimcheck process: (position, input line, output line, output
    record) each, the position the document's in the archive; then (None, None, the partition's summary line, None)."""
    numbered = list(numbered)
    if not numbered:
        return []
    out = run(claimcheck, ["--index"], [line for _, line in numbered])
    documents, summary = out[:-1], out[-1]
    assert len(documents) == len(numbered) and summary.startswith('{"summary":'), "one line per document, then the summary"
    return [(position, line, text, json.loads(text)) for (position, line), text in zip(numbered, documents)] + [(None, None, summary, None)]


def shard_key(shard):
    """The group-by key: an integer from the shard (an int hashes the same in every worker process, a str does not);
    shards that share one are told apart again by claimcheck, which groups its input lines by their own shard."""
    return zlib.crc32(("\u0000".join(shard)).encode("utf-8"))


def index_records(result):
    """A checked document's entries in the cross-document index: (key, shard, position, its line with the shard
    named)."""
    position, line, _, record = result
    if record is None or not record.get("ok"):
        return []
    return [(shard_key(s), s, position, '{"shard":' + json.dumps(s, ensure_ascii=False) + "," + line[1:]) for s in record["shards"]]


def check_shards(groups, claimcheck):
    """A shuffled partition's groups through one claimcheck process: every shard's timeline over its own documents,
    given in the archive's order (so that each finding lists its statements' sources in the order one process does).
    Its lines, the summary last."""
    lines = [line for _, records in groups for _, _, _, line in sorted(records, key=lambda r: (r[1], r[2]))]
    if not lines:
        return []
    out = run(claimcheck, ["--shards"], lines)
    assert out and out[-1].startswith('{"summary":')
    return out


def summary(partitions, shards):
    """claimcheck's summary lines added up, in claimcheck's own layout: the documents' counts from the partitions'
    summaries, the cross-document counts (agreements too, which are counted, not listed) from the shards'."""
    totals = {"documents": 0, "loaded": 0, "failed": 0, "checks": 0, "agrees": 0, "disagrees": 0, "inconclusive": 0}
    for text in partitions:
        record = json.loads(text)["summary"]
        for key in totals:
            totals[key] += record[key]
    cross = {"checks": 0, "agrees": 0, "disagrees": 0, "inconclusive": 0, "pairs": 0}
    for text in shards:
        record = json.loads(text)["summary"]["cross"]
        for key in cross:
            cross[key] += record[key]
    totals["cross"] = cross
    return json.dumps({"summary": totals}, separators=(",", ":"))


def archive(path, copies):
    """The archive's lines (documents of a folder, or a JSON Lines file), repeated `copies` times under new names."""
    import dask.bag as db
    if os.path.isdir(path):
        paths = sorted(os.path.join(d, f) for d, _, files in os.walk(path) for f in files if f.endswith(".claims.json"))
        lines = [document_line(p, path) for p in paths]
    else:
        with open(path, encoding="utf-8") as f:
            lines = [l for l in (named(line) for line in f) if l]
    if copies > 1:
        lines = [l.replace('{"name":"', '{"name":"copy-%d/' % k, 1) if l.startswith('{"name":"') else l for k in range(copies) for l in lines]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", help="a folder of *.claims.json with their articles, or a JSON Lines file")
    parser.add_argument("--claimcheck", required=True, help="the claimcheck executable (the native one)")
    parser.add_argument("--scheduler", help="a Dask scheduler's address (tcp://HOST:8786); default: a LocalCluster")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster (default 2)")
    parser.add_argument("--threads", type=int, default=1, help="threads of each LocalCluster worker (default 1)")
    parser.add_argument("--partitions", type=int, help="partitions of the archive (default: 4 per worker thread)")
    parser.add_argument("--copies", type=int, default=1, help="the archive repeated N times, each copy under its own names (for measuring)")
    parser.add_argument("--one-process", action="store_true", help="no Dask: one claimcheck batch --cross over the whole archive")
    parser.add_argument("--output", help="the output file (default: stdout)")
    options = parser.parse_args()
    claimcheck = os.path.abspath(options.claimcheck)
    started = time.perf_counter()
    lines = archive(options.archive, options.copies)
    timings = {"documents": len(lines), "read_s": round(time.perf_counter() - started, 3)}

    if options.one_process:
        t = time.perf_counter()
        out = run(claimcheck, ["--cross", "--index"], lines)
        documents = [l for l in out if l.startswith('{"document":')]
        cross = sorted(l for l in out if l.startswith('{"cross":'))
        errors = [l for l in out if l.startswith('{"crossError":')]
        total = out[-1]
        timings.update(mode="one process", check_s=round(time.perf_counter() - t, 3))
    else:
        import dask
        import dask.bag as db
        from dask.distributed import Client, LocalCluster, wait
        if options.scheduler:
            client = Client(options.scheduler)
        else:
            cluster = LocalCluster(n_workers=options.workers, threads_per_worker=options.threads, processes=True, dashboard_address=None)
            client = Client(cluster)
        info = client.scheduler_info()["workers"]
        workers = len(info)
        threads = sum(w["nthreads"] for w in info.values())
        partitions = options.partitions or 4 * threads
        with dask.config.set(shuffle="tasks"):
            t = time.perf_counter()
            bag = db.from_sequence(list(enumerate(lines)), npartitions=min(partitions, max(1, len(lines))))
            checked = bag.map_partitions(check_partition, claimcheck).persist()
            wait(checked)
            t_checked = time.perf_counter()
            index = checked.map(index_records).flatten()
            grouped = index.groupby(lambda r: r[0], shuffle="tasks").persist()
            wait(grouped)
            t_shuffled = time.perf_counter()
            found = grouped.map_partitions(check_shards, claimcheck).persist()
            wait(found)
            t_found = time.perf_counter()
            results = checked.compute()
            documents = [text for position, _, text, _ in results if position is not None]
            shards = found.compute()
            cross = sorted(l for l in shards if l.startswith('{"cross":'))
            errors = [l for l in shards if l.startswith('{"crossError":')]
            # The documents' counts from the partitions' summaries, the cross-document ones from the shards'.
            total = summary([text for position, _, text, _ in results if position is None], [l for l in shards if l.startswith('{"summary":')])
            records = index.count().compute()
            shuffled = index.map(lambda r: len(r[3].encode("utf-8"))).sum().compute()
        timings.update(mode="dask", workers=workers, threads=threads, partitions=partitions, index_records=records, index_mb=round(shuffled / 1e6, 1),
                       documents_s=round(t_checked - t, 3), shuffle_s=round(t_shuffled - t_checked, 3),
                       shards_s=round(t_found - t_shuffled, 3), total_s=round(t_found - t, 3))
        client.close()

    text = "\n".join([*documents, *cross, *errors, total]) + "\n"
    if options.output:
        with open(options.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    timings["load_average"] = os.getloadavg()[0]
    print(json.dumps(timings), file=sys.stderr)


if __name__ == "__main__":
    main()
