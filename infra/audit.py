"""Walking the hash chain: is every stored event still exactly what was recorded?

`verify_chain(app, progress=cb)` reads the events as stored (ciphertext when the store is
encrypted), so it needs neither the encryption key nor a decodable history.
`verify_store(app)` — what the GUI's Audit section and `berjasa-admin audit verify` run —
adds the snapshots (`infra.snapshots`), whose contents can be compared only with the key.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from eventsourcing.persistence import InfrastructureFactory
from eventsourcing.utils import Environment

from domain.errors import StoreError, ValidationError
from infra.backup import is_store
from infra.chain import (
    COPY_INCOMPLETE_ENTRY,
    EXPECTED_HEAD_ENTRY,
    GENESIS,
    HEAD_ENTRY,
    KEYED_FROM_ENTRY,
    ChainKey,
    EventRow,
    Head,
    head_tag,
    keyed_from_tag,
    link_hash,
)
from infra.factories import CHAINED_FACTORIES
from infra.recorders import (
    ChainedRecorder,
    ChainSettings,
    chained_recorder,
    parse_keyed_from,
)
from infra.smallfiles import read_small_text
from infra.snapshots import CANCELLED, CHAIN_BROKEN, SnapshotResult, verify_snapshots
from infra.storeurl import parse_store_url, persistence_env

if TYPE_CHECKING:
    from domain.services.app import Berjasa

PAGE = 5000
# progress(done, total) is called after every page; returning False stops the walk.
Progress = Callable[[int, int], object]

ALTERED, DELETED, INSERTED, CHECKPOINT = "altered", "deleted", "inserted", "checkpoint"
# The history stops before the head recorded outside the chain (newest events removed
# with their links), or before the position a backup or a copy had to reach.
TRUNCATED, INCOMPLETE = "truncated", "incomplete"
# The switch to keyed links or the recorded head does not carry its key's tag.
ANCHOR = "anchor"


class CheckpointFacts(TypedDict):
    """`Checkpoint` as plain values (its file, and `audit checkpoint --json`)."""

    position: int
    hash: str
    time: str
    events: int
    store: str


class VerificationFacts(TypedDict):
    """`VerificationResult` as plain values (printed by `audit verify --json`)."""

    intact: bool
    checked: int
    head_position: int
    head_hash: str
    first_broken: int | None
    problem: str | None
    cancelled: bool
    checkpoint_position: int | None
    keyed_from: int | None
    anchored_head: int | None


class _AnchorFacts(TypedDict):
    keyed_from: int | None
    anchored_head: int | None


@dataclass(frozen=True)
class Checkpoint:
    """A verified point of the history: the link hash at `position` covers every event
    up to it, so an auditor holding this can later prove that prefix is unchanged."""

    position: int
    hash: str
    time: str
    events: int
    store: str = ""

    def to_dict(self) -> CheckpointFacts:
        return CheckpointFacts(position=self.position, hash=self.hash, time=self.time,
                               events=self.events, store=self.store)


@dataclass(frozen=True)
class VerificationResult:
    intact: bool
    checked: int
    head_position: int
    head_hash: str
    first_broken: int | None = None
    problem: str | None = None
    cancelled: bool = False
    checkpoint_position: int | None = None
    # From which position the links are keyed HMACs (None: a store whose chain was
    # never keyed, every link plain SHA-256), and the head recorded outside the chain.
    keyed_from: int | None = None
    anchored_head: int | None = None

    def to_dict(self) -> VerificationFacts:
        return VerificationFacts(
            intact=self.intact, checked=self.checked, head_position=self.head_position,
            head_hash=self.head_hash, first_broken=self.first_broken, problem=self.problem,
            cancelled=self.cancelled, checkpoint_position=self.checkpoint_position,
            keyed_from=self.keyed_from, anchored_head=self.anchored_head)

    def checkpoint(self, store: str = "", now: datetime | None = None) -> Checkpoint:
        if not self.intact or self.cancelled:
            raise StoreError("audit.not_intact", position=self.first_broken or 0)
        moment = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        return Checkpoint(self.head_position, self.head_hash, moment, self.checked, store)


def verify_chain(app: Berjasa, progress: Progress | None = None,
                 checkpoint: Checkpoint | None = None, *, step: int = PAGE
                 ) -> VerificationResult:
    """Verify the application's store (the GUI's entry point). `progress(done, total)` is
    called every `step` events and at the end; returning False from it cancels."""
    return verify_recorder(chained_recorder(app.application.recorder), progress, checkpoint,
                           step=step)


@dataclass(frozen=True)
class StoreVerification:
    """The chain's verdict on the events and the snapshots' verdict on the cache."""

    chain: VerificationResult
    snapshots: SnapshotResult

    @property
    def intact(self) -> bool:
        return self.chain.intact and self.snapshots.intact is not False


def verify_store(app: Berjasa, progress: Progress | None = None,
                 checkpoint: Checkpoint | None = None, *, step: int = PAGE
                 ) -> StoreVerification:
    """The chain, then every snapshot against a replay of the chain-verified events.
    Snapshot contents are compared only when the events verified and the store's
    payloads can be decoded here (`store_info["key_problem"]` says why not)."""
    chain = verify_chain(app, progress, checkpoint, step=step)
    if chain.cancelled:
        return StoreVerification(chain, SnapshotResult(False, 0, 0, reason=CANCELLED))
    reason = (app.application.store_info.get("key_problem")
              or (None if chain.intact else CHAIN_BROKEN))
    return StoreVerification(chain, verify_snapshots(app, progress, unchecked_reason=reason))




def verify_recorder(recorder: ChainedRecorder, progress: Progress | None = None,
                    checkpoint: Checkpoint | None = None, *, step: int = PAGE
                    ) -> VerificationResult:
    walk = _Walk(checkpoint, _Anchors.of(recorder))
    total = recorder.event_count()
    events, links = _paged(recorder.event_rows), _paged(recorder.chain_rows)
    while True:
        event, link = next(events, None), next(links, None)
        if event is None and link is None:
            if progress is not None:
                progress(walk.checked, total)
            return walk.finish()
        broken = walk.step(event, link)
        if broken is not None:
            return broken
        if progress is not None and walk.checked % step == 0 and progress(
                walk.checked, total) is False:
            return walk.result(cancelled=True)


@dataclass(frozen=True)
class _Anchors:
    """What the chain is checked against besides itself: its key from the keyed-from
    position on, the head recorded in the metadata, the head a copy must reach."""

    chain: ChainKey | None
    head: Head | None
    expected: Head | None
    incomplete: bool
    problem: tuple[int, str] | None = None

    @staticmethod
    def of(recorder: ChainedRecorder) -> _Anchors:
        settings = getattr(recorder, "chain_settings", None) or ChainSettings()
        meta = recorder.chain_meta() if hasattr(recorder, "chain_meta") else {}
        try:
            keyed = parse_keyed_from(meta.get(KEYED_FROM_ENTRY))
            head = Head.decode(meta.get(HEAD_ENTRY))
            expected = Head.decode(meta.get(EXPECTED_HEAD_ENTRY))
        except ValueError:
            return _Anchors(None, None, None, False, (1, ANCHOR))
        incomplete = bool(meta.get(COPY_INCOMPLETE_ENTRY))
        if keyed is None:
            return _Anchors(None, head, expected, incomplete)
        if settings.key is None:
            # Keyed links cannot be told from forged ones without the key.
            raise StoreError("audit.chain_key_missing", position=keyed[0])
        chain = ChainKey(settings.key, keyed[0])
        if keyed[1] != keyed_from_tag(settings.key, settings.store_id, keyed[0]):
            return _Anchors(chain, head, expected, incomplete, (keyed[0], ANCHOR))
        return _Anchors(chain, head, expected, incomplete)


class _Walk:
    """The state of one verification: the last good link and the checkpoint seen."""

    def __init__(self, checkpoint: Checkpoint | None, anchors: _Anchors | None = None) -> None:
        self.previous, self.position, self.checked = GENESIS, 0, 0
        self.checkpoint = checkpoint
        self.checkpoint_seen = False
        self.anchors = anchors or _Anchors(None, None, None, False)
        self.chain = self.anchors.chain
        # The link found at each anchored position, compared once the walk ends.
        self.watched = {h.position: b"" for h in (self.anchors.head, self.anchors.expected)
                        if h is not None}

    def step(self, event: EventRow | None, link: tuple[int, bytes] | None
             ) -> VerificationResult | None:
        if link is None or (event is not None and event.position < link[0]):
            assert event is not None
            return self.broken(event.position, INSERTED)
        if event is None or link[0] < event.position:
            return self.broken(link[0], DELETED)
        expected = link_hash(self.previous, event,
                             self.chain.key_at(event.position) if self.chain else None)
        if expected != link[1]:
            return self.broken(event.position, ALTERED)
        self.previous, self.position = expected, event.position
        self.checked += 1
        if event.position in self.watched:
            self.watched[event.position] = expected
        return self.check_checkpoint()

    def check_checkpoint(self) -> VerificationResult | None:
        mark = self.checkpoint
        if mark is None or self.position != mark.position:
            return None
        self.checkpoint_seen = True
        return None if self.previous.hex() == mark.hash else self.broken(
            self.position, CHECKPOINT)

    def finish(self) -> VerificationResult:
        if self.anchors.problem is not None:
            return self.broken(*self.anchors.problem)
        if self.checkpoint is not None and not self.checkpoint_seen:
            # The history no longer reaches the checkpoint, or its position vanished.
            return self.broken(min(self.checkpoint.position, self.position + 1), CHECKPOINT)
        return self.check_head() or self.check_expected() or self.result()

    def check_head(self) -> VerificationResult | None:
        head = self.anchors.head
        if head is None:
            return None
        if head.position > self.position:
            return self.broken(self.position + 1, TRUNCATED)
        if head.position < self.position:
            # Events were chained after the recorded head without recording it.
            return self.broken(head.position + 1, INSERTED)
        key = self.chain.key_at(head.position) if self.chain else None
        if self.watched.get(head.position) != head.link or (
                key is not None and head.tag != head_tag(key, head.position, head.link)):
            return self.broken(head.position, ANCHOR)
        return None

    def check_expected(self) -> VerificationResult | None:
        expected = self.anchors.expected
        if expected is not None and (expected.position > self.position
                                     or self.watched.get(expected.position) != expected.link):
            return self.broken(min(expected.position, self.position + 1), INCOMPLETE)
        if self.anchors.incomplete:
            return self.broken(self.position + 1, INCOMPLETE)
        return None

    def broken(self, position: int, problem: str) -> VerificationResult:
        return VerificationResult(False, self.checked, self.position, self.previous.hex(),
                                  position, problem, checkpoint_position=self._mark(),
                                  **self._anchored())

    def result(self, cancelled: bool = False) -> VerificationResult:
        return VerificationResult(not cancelled, self.checked, self.position,
                                  self.previous.hex(), cancelled=cancelled,
                                  checkpoint_position=self._mark(), **self._anchored())

    def _anchored(self) -> _AnchorFacts:
        head = self.anchors.head
        return _AnchorFacts(keyed_from=self.chain.keyed_from if self.chain else None,
                            anchored_head=head.position if head else None)

    def _mark(self) -> int | None:
        return self.checkpoint.position if self.checkpoint else None


def _paged(read: Callable[[int, int], list[Any]]) -> Iterator[Any]:
    after = 0
    while True:
        page = read(after, PAGE)
        yield from page
        if len(page) < PAGE:
            return
        last = page[-1]
        after = last.position if isinstance(last, EventRow) else last[0]


def write_checkpoint(checkpoint: Checkpoint, path: Path) -> None:
    path.write_text(json.dumps(checkpoint.to_dict(), indent=2) + "\n", encoding="utf-8")


def read_checkpoint(path: Path) -> Checkpoint:
    try:
        data = json.loads(read_small_text(path))
        return Checkpoint(int(data["position"]), _hex64(data["hash"]), str(data["time"]),
                          int(data["events"]), str(data.get("store", "")))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise ValidationError("audit.checkpoint_invalid", file=str(path),
                              detail=str(error)) from None


def _hex64(value: object) -> str:
    text = str(value).strip().lower()
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise ValueError("hash must be 64 hexadecimal digits")
    return text


def open_recorder(url: str, password: str | None = None,
                  extra_env: dict[str, str] | None = None) -> Any:
    """The chained recorder of an existing store, without writing: what an auditor needs
    to verify a copy of the store. Its links are checked with the chain key when the
    key is here (keyring, `BERJASA_KEY` or `BERJASA_CHAIN_KEY`)."""
    from infra.security import meta_table, reading_env

    address = parse_store_url(url)
    if address.kind == "sqlite" and (address.path is None or not is_store(address.path)):
        raise StoreError("store.not_initialised", store=address.label)
    env = {**os.environ, **persistence_env(address, password), **(extra_env or {}),
           "CREATE_TABLE": "no"}
    env["PERSISTENCE_MODULE"] = CHAINED_FACTORIES.get(env["PERSISTENCE_MODULE"],
                                                      env["PERSISTENCE_MODULE"])
    try:
        keys, _problem = reading_env(meta_table(address.kind, address.path, env).read())
        env.update({k: v for k, v in keys.items() if k.startswith("BERJASA_CHAIN")})
        factory = InfrastructureFactory.construct(Environment("Berjasa", env))
        return factory, factory.application_recorder()
    except Exception as error:
        raise StoreError("store.unavailable", store=address.label, detail=str(error)
                         ) from None

