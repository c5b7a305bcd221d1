"""Benchmark of sealed personal columns on PostgreSQL (issue 23): the membership queries
over `--workers` members whose NIK, name and birth date are sealed, beside the same
queries over the same members in plain tables.

    python -m bench.bench_sealed [--workers 100000] [--url postgresql://postgres@127.0.0.1/test]

Fills `rm_member` of two fresh schemas directly (rows as the runner writes them; no event
history), then prints the median of each query: a search by a part of a name with nothing read
before ("cold": the first letter typed, or the first after the runner moved), a NIK
look-up (keyed hash, indexed), the same search again (as typing goes on), the first page
sorted by name, and a filter by kecamatan sorted by age. The schemas are dropped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from infra.storeurl import parse_store_url
from projections import membership
from projections.api import MembershipFilter
from projections.membership import find_member, membership_page
from projections.rows import MEMBER
from projections.schema import ensure_schema
from projections.sqlstore import Database, open_postgres

FIRST = ("Ahmad", "Andi", "Muhammad", "Siti", "Nur", "Rahmat", "Daeng", "Sitti", "Fatimah",
         "Abdul", "Hasanuddin", "Rahma", "Irwan", "Sri", "Baso", "Besse", "Syamsul", "Hajrah")
LAST = ("Bakri", "Rahman", "Hidayat", "Tiro", "Baso", "Latif", "Syarif", "Amin", "Said",
        "Makmur", "Kadir", "Halim", "Yusuf", "Nasir", "Ramli", "Saleh", "Hamzah", "Jufri")
KECAMATAN = ("Panakkukang", "Tamalate", "Rappocini", "Biringkanaya", "Tallo", "Mariso")
DAY = date(2026, 6, 1)


def member(index: int, rng: random.Random) -> dict[str, Any]:
    birth = date(1960, 1, 1) + timedelta(days=rng.randint(0, 16000))
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {index}"
    enrolment = {"quota": "KU-2026-01", "programmes": ["JKK", "JKM"], "start": "2026-01-01",
                 "until": "2026-12-31", "end": None, "end_reason": None}
    return {
        "worker_id": uuid.UUID(int=index).hex, "nik": f"7371{index:012d}", "kk": "",
        "name": name, "name_key": name.casefold(), "sex": rng.choice("LP"),
        "birth_date": birth.isoformat(), "kecamatan": rng.choice(KECAMATAN),
        "kelurahan": "Pandang", "occupation": "Pedagang Pasar", "segment": "Perdagangan",
        "decile": rng.randint(1, 10), "decile_as_of": None, "agent": "", "disability": 0,
        "dukcapil": "padan", "dukcapil_checked_on": None, "kpj": None, "died_on": None,
        "enrolled": 1, "last_quota": "KU-2026-01", "last_start": "2026-01-01",
        "last_covered_to": "2026-12-31", "registered_at": "2026-01-01T00:00:00+00:00",
        "enrolments": [enrolment], "cover_start": "2026-01-01", "cover_end": "2026-12-31",
        "gappy": 0, "jkk": 1, "jkm": 1, "jht": 0,
    }


def filled(url: str, workers: int, key: bytes | None) -> tuple[Database, str]:
    address = parse_store_url(url)
    kwargs = {"host": address.host, "port": address.port, "user": address.user,
              "dbname": address.database}
    schema = f"bench_sealed_{uuid.uuid4().hex[:8]}"
    database = open_postgres(kwargs, "public")
    with database.batch() as writer:
        writer.execute(f'CREATE SCHEMA "{schema}"')
    database.close()
    database = open_postgres(kwargs, schema, key)
    rng, codec = random.Random(2026), database.codec
    with database.batch() as writer:
        ensure_schema(writer)
        rows = [MEMBER.to_params(member(i, rng)) for i in range(1, workers + 1)]
        if codec is not None:
            rows = [MEMBER.sealed(row, codec) for row in rows]
        writer.executemany(MEMBER.upsert_sql(codec is not None), rows)
        writer.execute("ANALYZE rm_member")
    return database, schema


def median_ms(work: Callable[[], Any], repeat: int) -> float:
    work()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def cold(database: Database, work: Callable[[], Any]) -> Callable[[], Any]:
    """`work` with nothing read or opened before (a new position of the read models)."""
    def run() -> Any:
        membership._RECENT.clear()
        if database.codec is not None:
            database.codec._opened.clear()
        return work()

    return run


def measure(database: Database, workers: int, repeat: int) -> dict[str, float]:
    nik = f"7371{workers // 2:012d}"

    def name_part() -> Any:
        return membership_page(database, MembershipFilter(search="rahman 12"), "name", False,
                               0, 100, DAY)

    return {
        "name part, cold": median_ms(cold(database, name_part), repeat),
        "NIK look-up": median_ms(lambda: find_member(database, nik, DAY), repeat),
        "name part 'rahman 12'": median_ms(lambda: membership_page(
            database, MembershipFilter(search="rahman 12"), "name", False, 0, 100, DAY),
            repeat),
        "first page by name": median_ms(lambda: membership_page(
            database, MembershipFilter(), "name", False, 0, 100, DAY), repeat),
        "kecamatan by age": median_ms(lambda: membership_page(
            database, MembershipFilter(kecamatan="Tallo"), "age", False, 0, 100, DAY),
            repeat),
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_sealed")
    parser.add_argument("--workers", type=int, default=100_000)
    parser.add_argument("--url", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results, made = {}, []
    try:
        for label, key in (("plain", None), ("sealed", os.urandom(32))):
            started = time.perf_counter()
            database, schema = filled(args.url, args.workers, key)
            made.append(schema)
            print(f"{label}: {args.workers:,} members written in "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
            results[label] = measure(database, args.workers, args.repeat)
            database.close()
    finally:
        address = parse_store_url(args.url)
        cleanup = open_postgres({"host": address.host, "port": address.port,
                                 "user": address.user, "dbname": address.database}, "public")
        with cleanup.batch() as writer:
            for schema in made:
                writer.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        cleanup.close()
    for query in results["plain"]:
        print(f"{query:<24} plain {results['plain'][query]:>8.1f} ms   sealed "
              f"{results['sealed'][query]:>8.1f} ms")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
