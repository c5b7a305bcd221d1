from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from reports.params import StoreFacts
from tests.unit.reports.fakes import FakeReadModels

POLICIES: dict[str, Any] = {
    "regulations": [{"kind": "Perwali", "number": "62 Tahun 2018", "issued_on": "2018-09-01",
                     "subject": "Jaminan sosial ketenagakerjaan", "status": "berlaku"}],
    "allocations": [],
    "payments": [{"year": 2025, "paid_on": "2025-06-30", "amount": 1_000_000_000,
                  "reference": "SP2D-001", "note": "Iuran Januari–Juni"}],
    "workforce": [{"year": 2025, "count": 700_000, "source": "BPS Sakernas Agustus 2025"}],
    "targets": [{"year": 2025, "percent_hundredths": 6347, "percent": 63.47, "source": ""}],
    "head_of_office": {"name": "Andi Pattiware", "nip": "197001012000031001",
                       "title": "Kepala Dinas Ketenagakerjaan Kota Makassar"},
}


@pytest.fixture(scope="module")
def fake() -> FakeReadModels:
    return FakeReadModels(120)


@pytest.fixture(scope="module")
def facts() -> StoreFacts:
    return StoreFacts(as_of=datetime(2025, 12, 31, 15, 0, tzinfo=UTC),
                      policies=POLICIES)
