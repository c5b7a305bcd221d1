"""EventView and EventDecoder read events as eventsourcing's mapper would."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from eventsourcing.cryptography import AESCipher
from eventsourcing.domain import Aggregate
from eventsourcing.persistence import Mapper, MapperDeserialisationError, Notification
from eventsourcing.utils import Environment, get_topic

from berjasa.bootstrap import open_store
from domain.model.common import Stamp
from domain.services.app import Berjasa
from domain.services.session import Session
from projections.events import EventDecoder, recorded_at
from tests.conftest import enrol_from
from tests.factories import worker_fields
from tests.opening import confirmed


class Catatan(Aggregate):
    """A test aggregate whose event changed shape once (version 2 renamed `teks`)."""

    class Ditulis(Aggregate.Event):
        class_version = 2
        isi: str
        pada: date

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            state["isi"] = state.pop("teks").upper()


def _notification(mapper: Mapper[Any], topic: str, state: dict[str, Any],
                  position: int = 7) -> Notification:
    return Notification(id=position, originator_id=uuid4(), originator_version=1, topic=topic,
                        state=_stored(mapper, state))


def _stored(mapper: Mapper[Any], state: dict[str, Any]) -> bytes:
    data = mapper.transcoder.encode(state)
    if mapper.compressor is not None:
        data = mapper.compressor.compress(data)
    if mapper.cipher is not None:
        data = mapper.cipher.encrypt(data)
    return data


def test_every_field_reads_as_the_mapper_decodes_it(app: Berjasa, admin: Session) -> None:
    nik = app.workers.register_worker(admin, **worker_fields(1))["nik"]
    quota = confirmed(app, app.quotas.open_quota(admin, 2026, "JKK,JKM", 10))["quota"]
    enrol_from(app, admin, nik, quota, start="2026-02-01")
    decode = EventDecoder(app.application.mapper)
    notifications = app.application.recorder.select_notifications(1, 1000)
    assert len(notifications) > 10
    for notification in notifications:
        event: Any = app.application.mapper.to_domain_event(notification)
        view = decode(notification)
        assert view.position == notification.id
        assert view.qualname == type(event).__qualname__
        assert view.aggregate_id == event.originator_id.hex
        assert view.originator_id == event.originator_id
        assert view.recorded_at() == recorded_at(event.timestamp)
        stamp = event.__dict__.get("stamp")
        expected_stamp = (stamp.actor, stamp.workstation, stamp.reason) if stamp else None
        assert view.stamp_fields() == expected_stamp
        for name, value in vars(event).items():
            if name in ("originator_id", "originator_version"):
                continue
            assert view.decoded(name) == value, (view.qualname, name)
            if isinstance(value, date) and not isinstance(value, datetime):
                assert view.iso(name) == value.isoformat()
            if hasattr(value, "hex") and not isinstance(value, (str, bytes, float)):
                assert view.hex(name) == value.hex


def test_an_older_event_is_upcast_like_the_mapper_does(app: Berjasa) -> None:
    topic = get_topic(Catatan.Ditulis)
    state = {"timestamp": datetime(2026, 3, 1, 8, tzinfo=UTC), "teks": "halo",
             "pada": date(2026, 3, 1)}
    notification = _notification(app.application.mapper, topic, state)
    view = EventDecoder(app.application.mapper)(notification)
    assert view.isi == "HALO"
    assert view.iso("pada") == "2026-03-01"
    decoded = app.application.mapper.to_domain_event(notification).__dict__["isi"]
    assert view.decoded("isi") == decoded


def test_an_encrypted_store_is_decrypted_first(app: Berjasa) -> None:
    key = AESCipher.create_key(32)
    mapper: Mapper[Any] = Mapper(app.application.mapper.transcoder,
                                 cipher=AESCipher(Environment(env={"CIPHER_KEY": key})))
    moment = datetime(2026, 3, 1, 8, 30, tzinfo=timezone(timedelta(hours=8)))
    notification = _notification(mapper, "domain.model.peserta:Peserta.KpjAssigned", {
        "timestamp": moment, "kpj": "123", "stamp": Stamp("ani", "uji-02", "alasan")})
    view = EventDecoder(mapper)(notification)
    assert view.kpj == "123"
    assert view.stamp_fields() == ("ani", "uji-02", "alasan")
    assert view.recorded_at() == "2026-03-01T00:30:00.000000+00:00"


@pytest.mark.parametrize("moment", [
    datetime(2026, 3, 1, 8, 30, tzinfo=UTC),  # a whole second: stored without a fraction
    datetime(2026, 3, 1, 8, 30, 5, 120, tzinfo=UTC),
    datetime(2026, 3, 1, 8, 30, tzinfo=timezone(timedelta(hours=8))),
])
def test_a_recorded_time_reads_as_fixed_width_utc_text(app: Berjasa, moment: datetime
                                                       ) -> None:
    notification = _notification(app.application.mapper, "domain.model.peserta:Peserta.KpjAssigned",
                                 {
        "timestamp": moment, "kpj": "123"})
    view = EventDecoder(app.application.mapper)(notification)
    assert view.recorded_at() == recorded_at(moment)
    assert len(view.recorded_at()) == len("2026-03-01T08:30:00.000000+00:00")


def test_a_field_named_like_the_envelope_is_refused(app: Berjasa) -> None:
    notification = _notification(app.application.mapper, "domain.model.peserta:Peserta.KpjAssigned",
                                 {
        "timestamp": datetime(2026, 3, 1, tzinfo=UTC), "position": 3})
    with pytest.raises(MapperDeserialisationError):
        EventDecoder(app.application.mapper)(notification)


def test_a_page_decodes_as_each_event_alone(app: Berjasa, admin: Session) -> None:
    """`many` (the rebuild's loop) gives what `__call__` gives, upcast and refused events
    and values orjson refuses (a 70-bit integer, NaN) included."""
    app.workers.register_worker(admin, **worker_fields(1))
    kpj = "domain.model.peserta:Peserta.KpjAssigned"
    moment = datetime(2026, 3, 1, tzinfo=UTC)
    extra = [
        _notification(app.application.mapper, get_topic(Catatan.Ditulis),
                      {"timestamp": moment, "teks": "halo", "pada": date(2026, 3, 1)}, 900),
        _notification(app.application.mapper, kpj, {"timestamp": moment, "kpj": 2**70}, 901),
        _notification(app.application.mapper, kpj, {"timestamp": moment, "kpj": float("nan")}, 902),
    ]
    notifications = [*app.application.recorder.select_notifications(1, 1000), *extra]
    decode = EventDecoder(app.application.mapper)
    one_by_one = [vars(decode(n)) for n in notifications]
    paged = [vars(view) for view in decode.many(notifications)]
    assert repr(paged) == repr(one_by_one)  # repr: NaN != NaN
    assert paged[-2]["kpj"] == 2**70
    refused = _notification(app.application.mapper, kpj, {"timestamp": moment, "position": 3})
    with pytest.raises(MapperDeserialisationError):
        decode.many([refused])


INDEXED = "domain.model.indeks:Indeks.Indexed"


def _indexed_state(**extra: Any) -> dict[str, Any]:
    """An Indeks.Indexed event's stored fields; version 1 (no stamp) unless `extra` adds."""
    return {"timestamp": datetime(2026, 3, 1, 8, tzinfo=UTC),
            "originator_topic": "domain.model.indeks:Indeks", "kind": "nik",
            "key": "7371011204850001", "owner": UUID(int=5), **extra}


def _views(app: Berjasa, state: dict[str, Any]) -> list[Any]:
    """The event read alone and in a page: both must agree."""
    notification = _notification(app.application.mapper, INDEXED, state)
    decode = EventDecoder(app.application.mapper)
    alone, paged = decode(notification), decode.many([notification])[0]
    assert repr(vars(alone)) == repr(vars(paged))
    return [alone, paged]


def test_a_version_1_index_event_is_upcast_to_no_stamp(app: Berjasa) -> None:
    notification = _notification(app.application.mapper, INDEXED, _indexed_state())
    expected: Any = app.application.mapper.to_domain_event(notification)
    assert expected.stamp is None
    for view in _views(app, _indexed_state()):
        assert view.has("stamp") and view.stamp is None and view.stamp_fields() is None
        assert not view.has("class_version")
        assert (view.kind, view.key, view.hex("owner")) == ("nik", expected.key,
                                                           expected.owner.hex)
        assert view.owner == UUID(int=5)  # decoded in full for the upcaster, as the mapper


def test_a_current_version_index_event_takes_the_fast_path(
    app: Berjasa, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_: Any) -> None:
        raise AssertionError("a current event was upcast")

    monkeypatch.setattr(EventDecoder, "_upcast", never)
    state = _indexed_state(stamp=Stamp("ani", "uji-02", "alasan"), class_version=2)
    for view in _views(app, state):
        assert view.stamp_fields() == ("ani", "uji-02", "alasan")
        assert view.__dict__["owner"] == {"_type_": "uuid_hex", "_data_": UUID(int=5).hex}
        assert not view.has("class_version")


def test_an_index_event_of_a_newer_version_is_read_as_stored(
    app: Berjasa, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_: Any) -> None:
        raise AssertionError("a newer event was upcast")

    monkeypatch.setattr(EventDecoder, "_upcast", never)
    state = _indexed_state(stamp=Stamp("ani", "uji-02"), class_version=3, cabang="Tallo")
    for view in _views(app, state):
        assert view.cabang == "Tallo" and view.stamp_fields() == ("ani", "uji-02", "")
        assert not view.has("class_version")


def test_a_sqlite_store_is_read_from_its_rows_as_from_its_notifications(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`read` (the rebuild's): the stored rows of a SQLite store, read with the recorder's
    connection, give what `many` gives of the recorder's notifications, upcast events and
    values orjson refuses included, page by page."""
    app = open_store(f"sqlite:///{(tmp_path / 'store.db').as_posix()}")
    app.users.initialise_store("admin", "rahasia-uji-123", "uji-01")
    admin = app.users.sign_in("admin", "rahasia-uji-123", "uji-01")
    app.workers.register_worker(admin, **worker_fields(1))
    moment = datetime(2026, 3, 1, 8, 30, 5, tzinfo=UTC)
    kpj = "domain.model.peserta:Peserta.KpjAssigned"
    extra = [(get_topic(Catatan.Ditulis), {"timestamp": moment, "teks": "halo",
                                           "pada": date(2026, 3, 1)}),
             (kpj, {"timestamp": moment, "kpj": 2**70}),
             (kpj, {"timestamp": moment, "kpj": float("nan")})]
    with sqlite3.connect(tmp_path / "store.db") as raw:
        raw.executemany("INSERT INTO stored_events VALUES (?, 1, ?, ?)", [
            (uuid4().hex, topic, _stored(app.application.mapper, state)) for topic, state in extra])
    decode = EventDecoder(app.application.mapper)
    head = app.application.head_position()
    expected = [vars(v) for v in decode.many(app.application.recorder.select_notifications(1,
                                                                                           head))]

    def never(*_: Any) -> None:
        raise AssertionError("read through Notification objects")

    monkeypatch.setattr(app.application.recorder, "select_notifications", never)
    read = [vars(v) for start in range(1, head + 1,
                                       4) for v in decode.read(app.application.recorder,
                                                                           start, 4)]
    assert len(read) == head > 10
    assert repr(read) == repr(expected)  # repr: NaN != NaN
    assert read[-3]["isi"] == "HALO" and read[-2]["kpj"] == 2**70
    app.close()
