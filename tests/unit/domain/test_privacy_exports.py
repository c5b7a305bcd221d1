"""NIK and phone masked for roles that may not see them; exports recorded as events."""

from __future__ import annotations

import pytest

from domain.errors import PermissionDeniedError, ValidationError
from domain.privacy import mask_personal
from domain.services.app import Berjasa
from domain.services.session import Session
from tests.factories import worker_fields


@pytest.fixture
def nik(app: Berjasa, admin: Session) -> str:
    fields = worker_fields(5, phone="081234567890")
    app.workers.register_worker(admin, **fields)
    return str(fields["nik"])


def test_auditor_sees_worker_nik_and_phone_masked(
    app: Berjasa, auditor: Session, operator: Session, nik: str
) -> None:
    shown = app.workers.get_worker(auditor, nik)
    assert shown["nik"] == "*" * 12 + nik[-4:] and shown["phone"] == "*" * 9 + "890"
    assert shown["name"] == "Pekerja Uji 5"
    full = app.workers.get_worker(operator, nik)
    assert full["nik"] == nik and full["phone"] == "081234567890"


def test_auditor_history_never_shows_a_nik(app: Berjasa, auditor: Session, nik: str) -> None:
    rows = list(app.history.history(auditor, nik=nik))  # searching by the full NIK still works
    assert rows and all(nik not in str(row) and "081234567890" not in str(row) for row in rows)


def test_mask_personal_reaches_nested_values() -> None:
    data = {"data": {"changes": {"nik": "7371091204850001"}, "phone": "0812"},
            "rows": [{"heir_nik": "7371091204850002"}]}
    masked = mask_personal(data)
    assert masked["data"]["changes"]["nik"].endswith("0001")
    assert "7371091204850001" not in str(masked) and "7371091204850002" not in str(masked)
    assert masked["data"]["phone"] == "*812"


def test_export_is_recorded_with_who_what_and_rows(
    app: Berjasa, supervisor: Session, auditor: Session
) -> None:
    recorded = app.exports.record_export(supervisor, "XLSX", "Daftar peserta Kuota KU-2026-01", 120,
                                         {"kecamatan": "Tallo", "empty": ""})
    assert (recorded["actor"], recorded["kind"], recorded["rows"]) == ("budi", "xlsx", 120)
    log = app.exports.list_exports(auditor)
    assert [(e["actor"], e["rows"], e["filters"]) for e in log] == [
        ("budi", 120, {"kecamatan": "Tallo"})]


@pytest.mark.parametrize(("kind", "description", "rows", "code"), [
    ("docx", "x", 1, "export.kind"), ("csv", "  ", 1, "export.description"),
    ("csv", "x", -1, "export.rows"), ("csv", "x", "1e3", "export.rows"),
    ("csv", "x", True, "export.rows"),
])
def test_bad_export_records_are_refused(
    app: Berjasa, supervisor: Session, kind: str, description: str, rows: object, code: str
) -> None:
    head = app.application.head_position()
    with pytest.raises(ValidationError) as refused:
        app.exports.record_export(supervisor, kind, description, rows)  # type: ignore[arg-type]
    assert refused.value.code == code
    assert app.application.head_position() == head


def test_operator_may_not_export_personal_data(app: Berjasa, operator: Session) -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        app.exports.record_export(operator, "csv", "daftar", 1)
    assert refused.value.code == "permission.denied"
