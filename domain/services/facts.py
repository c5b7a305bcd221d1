"""Recording a batch of facts about known workers in one transaction: the KPJ numbers
BPJS assigned, Dukcapil's matching results, DTSEN deciles (the importer's writes for
`import-kpj`, `import-dukcapil` and `import-decile`).

Each fact is checked by the rules that recording it one by one follows, and a fact the
worker already holds is `unchanged`, not recorded again: running the same file twice
changes nothing the second time. A fact older than the one recorded (an earlier Dukcapil
check, an earlier decile) is refused rather than allowed to undo a newer one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from domain.errors import BerjasaError, RuleViolationError, ValidationError
from domain.model.common import Stamp
from domain.model.peserta import Peserta
from domain.services.authoriser import Authoriser
from domain.services.base import BerjasaApplication
from domain.services.batch import AggregateBatch, kpj_changes
from domain.services.context import ContextService
from domain.services.permissions import Action
from domain.services.session import Session
from domain.services.workers import WorkerService

KPJ, DUKCAPIL, DECILE = "kpj", "dukcapil", "decile"
FACT_KINDS = (KPJ, DUKCAPIL, DECILE)
ACTION_OF_FACT = {KPJ: Action.ASSIGN_KPJ, DUKCAPIL: Action.RECORD_DUKCAPIL,
                  DECILE: Action.RECORD_DECILE}
# What a Dukcapil reply says of a NIK; "menunggu" (waiting) is Berjasa's own state.
DUKCAPIL_RESULTS = ("padan", "tidak_ditemukan")
DECILE_SOURCE = "DTSEN"


@dataclass(frozen=True)
class WorkerFact:
    """One fact about the worker with this NIK: the KPJ number, the Dukcapil result or
    the decile (`value`), and its day (assigned, checked, as of). `kk`: the family card
    the worker was found by (a DTSEN decile given by KK alone), which the worker must
    still hold."""

    nik: str
    value: str | int
    day: date
    kk: str = ""


@dataclass(frozen=True)
class FactsOutcome:
    """What became of each fact of a batch, by its position in the batch."""

    applied: tuple[int, ...] = ()
    unchanged: tuple[int, ...] = ()
    refused: tuple[tuple[int, BerjasaError], ...] = ()


class FactService(ContextService):
    def __init__(self, application: BerjasaApplication, authoriser: Authoriser,
                 workers: WorkerService) -> None:
        super().__init__(application, authoriser)
        self.workers = workers

    def record_facts(self, session: Session, kind: str, facts: Sequence[WorkerFact],
                     reason: str = "") -> FactsOutcome:
        """Record a batch of one kind of fact in ONE save; see the module's docstring."""
        if kind not in FACT_KINDS:
            raise ValidationError("facts.kind", value=kind, choices=", ".join(FACT_KINDS))
        stamp = self.authorise(session, ACTION_OF_FACT[kind], reason)
        return self.with_retries(lambda: self._record_facts(kind, facts, stamp))

    def _record_facts(self, kind: str, facts: Sequence[WorkerFact], stamp: Stamp
                      ) -> FactsOutcome:
        batch = self.workers.aggregate_batch()
        apply = {KPJ: _apply_kpj, DUKCAPIL: _apply_dukcapil, DECILE: _apply_decile}[kind]
        applied: list[int] = []
        unchanged: list[int] = []
        refused: list[tuple[int, BerjasaError]] = []
        for position, fact in enumerate(facts):
            try:
                worker = batch.worker(fact.nik)
                _check_family(worker, fact)
                changed = apply(batch, worker, fact, stamp)
            except BerjasaError as error:
                refused.append((position, error))
                continue
            (applied if changed else unchanged).append(position)
        if batch.touched:
            self.save(*batch.touched.values())
        return FactsOutcome(tuple(applied), tuple(unchanged), tuple(refused))


def _apply_kpj(batch: AggregateBatch, worker: Peserta, fact: WorkerFact, stamp: Stamp) -> bool:
    number = str(fact.value)
    if worker.kpj == number and worker.kpj_assigned_on == fact.day:
        return False
    if worker.kpj != number:
        kpj_changes(batch, worker, number, stamp)
    worker.assign_kpj(number, stamp, fact.day)
    batch.touch(worker)
    return True


def _apply_dukcapil(batch: AggregateBatch, worker: Peserta, fact: WorkerFact, stamp: Stamp) -> bool:
    status = str(fact.value)
    if status not in DUKCAPIL_RESULTS:
        raise ValidationError("facts.dukcapil_result", value=status,
                              choices=", ".join(DUKCAPIL_RESULTS))
    if worker.dukcapil_status == status and worker.dukcapil_checked_on == fact.day:
        return False
    _check_not_older(worker.dukcapil_checked_on, fact.day)
    worker.record_dukcapil(status, fact.day, stamp)
    batch.touch(worker)
    return True


def _apply_decile(batch: AggregateBatch, worker: Peserta, fact: WorkerFact, stamp: Stamp) -> bool:
    decile = fact.value
    if worker.decile == decile and worker.decile_as_of == fact.day:
        return False
    _check_not_older(worker.decile_as_of, fact.day)
    if not isinstance(decile, int):
        raise ValidationError("worker.decile_range", value=str(decile))
    worker.record_decile(decile, fact.day, DECILE_SOURCE, stamp)
    batch.touch(worker)
    return True


def _check_family(worker: Peserta, fact: WorkerFact) -> None:
    """A fact found by KK (through the read models, which may lag) is for a worker who
    still holds that KK."""
    if fact.kk and worker.kk != fact.kk:
        raise RuleViolationError("facts.kk_changed", nik=worker.nik, kk=fact.kk,
                                 current=worker.kk or "-")


def _check_not_older(recorded: date | None, day: date) -> None:
    if recorded is not None and day < recorded:
        raise RuleViolationError("facts.older_than_recorded", day=day.isoformat(),
                                 recorded=recorded.isoformat())
