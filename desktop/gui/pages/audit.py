"""Audit: the event log with filters, time travel along a timeline of the recorded history
(`desktop.gui.timeline`), two moments compared (`desktop.gui.compare`), integrity check."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop.gui.collector import collection_paused
from desktop.gui.compare import CompareDialog
from desktop.gui.context import GuiContext
from desktop.gui.errors import show_error
from desktop.gui.models import PAGE_SIZE, Column, PagedQueryModel
from desktop.gui.pages.base import PageBase, heading
from desktop.gui.qt import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)
from desktop.gui.tasks import start_task
from desktop.gui.timeline import Mark, TimelineControl
from domain.errors import BerjasaError
from domain.formatting import format_moment_short
from domain.i18n import current_language
from domain.values import WITA
from projections.api import AuditRow, Page
from projections.asof_session import MoveCancelledError
from projections.audit_texts import audit_summary, event_name
from projections.timeline import first_recorded, key_moments

if TYPE_CHECKING:  # loaded when a verification runs
    from infra.audit import StoreVerification
    from projections.verify import ReadModelResult


def _time(value: Any) -> str:
    """The moment without its zone: the column's title says WITA, and the suffix in every
    row pushed the seconds out of the column's width (`12-06-2025 09.00 ...`)."""
    text = str(value or "")
    try:
        moment = format_moment_short(datetime.fromisoformat(text), seconds=True)
    except ValueError:
        return text
    return moment.removesuffix(" WITA")


def _event_name(value: Any) -> str:
    return event_name(str(value or ""), current_language())


class SummedRow(AuditRow):
    summary: str  # in the interface's language


def with_summaries(page: Page[AuditRow]) -> Page[SummedRow]:
    """The trail's rows with their summary in the interface's language (the read models
    keep a message code and its facts)."""
    language = current_language()
    return Page(page.total, [SummedRow(**row, summary=audit_summary(row, language))
                             for row in page.rows])


def first_audit_page(models: Any, filters: tuple[str, str, str], offset: int,
                     limit: int) -> Page[AuditRow]:
    """The audit trail's lines that `filters` (actor, event type, NIK) match."""
    actor, event_type, nik = filters
    page: Page[AuditRow] = models.audit_trail(actor=actor or None, event_type=event_type or None,
                                              nik=nik or None, offset=offset, limit=limit)
    return page


class AuditPage(PageBase):
    """The history. Time travel replaces what every page reads until the user returns."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        # Moves of the timeline: each numbered; a later one cancels and drops the earlier.
        self._moves = 0
        self._cancel: threading.Event | None = None
        # The first page of the audit trail (and its count) as of the moment moved to,
        # queried by the move's thread: (filters, read models, page), used once.
        self._prefetched: tuple[tuple[str, str, str], object, Page[AuditRow]] | None = None
        self.comparison: CompareDialog | None = None
        self._timeline_position = -1
        self._first_recorded: datetime | None = None
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit")))
        travel = QGroupBox(self.tr("Perjalanan waktu: lihat data seperti pada suatu saat (WITA)"))
        # The timeline: slider with the key moments, the typed moment, the buttons after it.
        self.timeline = TimelineControl()
        self.moment = self.timeline.moment
        self.set_moment(datetime.now(WITA))
        box = QVBoxLayout(travel)
        box.addWidget(self.timeline)
        row = self.timeline.row
        self.travel_button = QPushButton(self.tr("Tampilkan keadaan saat itu"))
        self.travel_button.setObjectName("travel")
        self.present_button = QPushButton(self.tr("Kembali ke saat ini"))
        self.present_button.setObjectName("present")
        self.verified: StoreVerification | None = None
        # The read models replayed and compared by the last verification (None: not done,
        # the chain was broken or these are not live read models).
        self.read_models: ReadModelResult | None = None
        self.verify_button = QPushButton(self.tr("Periksa keutuhan riwayat"))
        self.verify_button.setObjectName("verify")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        # While a move of the timeline loads: a busy bar and the moment it loads.
        self.busy = QProgressBar()
        self.busy.setObjectName("travel-busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.loading_note = QLabel()
        self.loading_note.setObjectName("travel-loading")
        for loading_widget in (self.busy, self.loading_note):
            policy = loading_widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # nothing below jumps as they come and go
            loading_widget.setSizePolicy(policy)
            loading_widget.hide()
        self.note = QLabel()
        self.note.setObjectName("audit-note")
        self.note.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Bandingkan dua saat…"))
        self.compare_button.setObjectName("compare")
        for button in (self.travel_button, self.timeline.keys, self.present_button):
            row.addWidget(button)
        row.addStretch(1)
        checks = QHBoxLayout()
        for widget in (self.compare_button, self.verify_button, self.progress, self.busy):
            checks.addWidget(widget)
        checks.addWidget(self.loading_note, 1)
        box.addLayout(checks)
        layout.addWidget(travel)
        # Below the bar, full width: a verification says three things (chain, snapshots,
        # read models), each a line that must be read whole.
        layout.addWidget(self.note)
        filters = QHBoxLayout()
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("Pengguna"))
        self.event_type = QLineEdit()
        self.event_type.setPlaceholderText(self.tr("Jenis peristiwa (mis. Peserta.Registered)"))
        self.nik = QLineEdit()
        self.nik.setPlaceholderText(self.tr("NIK pekerja"))
        self.apply_button = QPushButton(self.tr("Saring"))
        for edit in (self.actor, self.event_type, self.nik):
            filters.addWidget(edit)
        filters.addWidget(self.apply_button)
        self.count = QLabel()
        filters.addWidget(self.count)
        layout.addLayout(filters)
        masker = self.ctx.masker
        self.model = PagedQueryModel([
            Column("position", "#", align_right=True),
            Column("time", self.tr("Waktu (WITA)"), _time),
            Column("actor", self.tr("Pengguna")),
            Column("workstation", self.tr("Workstation")),
            Column("event_type", self.tr("Peristiwa"), _event_name),
            Column("nik", self.tr("NIK"), masker.nik),
            Column("summary", self.tr("Ringkasan"), masker.text),
            Column("reason", self.tr("Alasan"), masker.text),
        ], self._fetch, sort="position")
        self.table = QTableView()
        self.table.setObjectName("events")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((56, 150, 70, 90, 230, 130, 320)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        self.present_button.setEnabled(False)

    def _connect_signals(self) -> None:
        self.travel_button.clicked.connect(self.on_travel_clicked)
        self.timeline.chosen.connect(self.on_timeline_chosen)
        self.compare_button.clicked.connect(self.on_compare_clicked)
        self.present_button.clicked.connect(self.on_present_clicked)
        self.verify_button.clicked.connect(self.on_verify_clicked)
        self.apply_button.clicked.connect(self.reload)
        for edit in (self.actor, self.event_type, self.nik):
            edit.returnPressed.connect(self.reload)

    def _filters(self) -> tuple[str, str, str]:
        return self.actor.text().strip(), self.event_type.text().strip(), self.nik.text().strip()

    def _fetch(self, _sort: str, _descending: bool, offset: int, limit: int,
               ) -> Page[SummedRow]:
        models = self.ctx.source.current()
        prefetched, self._prefetched = self._prefetched, None
        if (prefetched is not None and prefetched[:2] == (self._filters(), models)
                and (offset, limit) == (0, PAGE_SIZE)):
            return with_summaries(prefetched[2])
        return with_summaries(first_audit_page(models, self._filters(), offset, limit))

    def refresh(self) -> None:
        self.refresh_timeline()
        self.model.reload()
        self.count.setText(self.tr("{n} peristiwa").format(n=self.model.total))

    def on_travelled(self, moment: object) -> None:
        super().on_travelled(moment)
        self.timeline.show_moment(moment if isinstance(moment, datetime) else None)

    def update_actions(self) -> None:
        travelling = self.ctx.source.travelling
        self.present_button.setEnabled(travelling)

    # --- time travel ----------------------------------------------------------------------

    def refresh_timeline(self) -> None:
        """The timeline spans the recorded history, marked at its key moments, as the live
        read models know it (queried again only when they moved on)."""
        live = self.ctx.source.live
        position = live.position()
        if position == self._timeline_position:
            return
        self._timeline_position = position
        if self._first_recorded is None:  # the history only grows: its start stays
            self._first_recorded = first_recorded(live)
        language = current_language()
        self.timeline.set_span(self._first_recorded, datetime.now(WITA))
        self.timeline.set_marks([
            Mark(key.moment, f"{event_name(key.event_type, language)}: "
                             f"{self.ctx.masker.text(audit_summary(key.row, language))}")
            for key in key_moments(live)])
        self.timeline.show_moment(self.ctx.source.moment)

    def set_moment(self, moment: datetime) -> None:
        """Show `moment` on the timeline and in the field (travel with the button)."""
        self.timeline.show_moment(moment)

    def on_travel_clicked(self) -> None:
        try:
            moment = self.timeline.typed_moment()
        except BerjasaError as error:
            show_error(self, error)
            return
        self.timeline.show_moment(moment)
        self.travel(moment)

    def on_timeline_chosen(self, moment: datetime | None) -> None:
        self.travel(moment)

    def travel(self, moment: datetime | None) -> None:
        """Every page as of `moment` (None: the present), loaded off the GUI thread. A
        moment chosen while the last one loads supersedes it: that move is cancelled (it
        stops at its next page of the log) and whatever it made is dropped."""
        self._moves += 1
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
        source = self.ctx.source
        if moment is None:
            self._show_loading(None)
            if source.travelling:
                source.return_to_present()
            return
        number, cancel, session = self._moves, threading.Event(), source.session()
        self._cancel = cancel
        self._show_loading(moment)
        filters = self._filters()

        def move(_progress: Any) -> tuple[Any, Page[AuditRow]]:
            with collection_paused():
                past = session.move(moment, cancel.is_set)
            # The trail's first page and its count (over the live file's lines before the
            # checkpoint) here too: the page shows them without querying again.
            return past, first_audit_page(past, filters, 0, PAGE_SIZE)

        start_task(move, lambda moved: self.on_moved(number, moment, filters, moved, session),
                   lambda error: self.on_move_failed(number, error))

    def _show_loading(self, moment: datetime | None) -> None:
        self.busy.setVisible(moment is not None)
        self.loading_note.setVisible(moment is not None)
        if moment is not None:
            self.loading_note.setText(self.tr("Memuat keadaan pada {moment}…").format(
                moment=format_moment_short(moment, seconds=True)))

    def on_moved(self, number: int, moment: datetime, filters: tuple[str, str, str],
                 moved: tuple[Any, Page[AuditRow]], session: Any) -> None:
        past, page = moved
        if number != self._moves:  # superseded while it loaded: dropped
            if past is not self.ctx.source.current():  # (a move that changed nothing)
                session.release(past)
            return
        self._cancel = None
        self._show_loading(None)
        self._prefetched = (filters, past, page)
        self.ctx.source.travel_to(moment, past)

    def on_move_failed(self, number: int, error: BaseException) -> None:
        if number != self._moves or isinstance(error, MoveCancelledError):
            return  # superseded: the later move says what happened
        self._cancel = None
        self._show_loading(None)
        show_error(self, error)

    def on_compare_clicked(self) -> None:
        """Bandingkan dua saat: from the moment on the timeline (or a day before the
        present) to the present."""
        now = datetime.now(WITA)
        first = self.ctx.source.moment or now - timedelta(days=1)
        self.comparison = CompareDialog(self.ctx, self, first, now)
        self.comparison.open()

    def on_present_clicked(self) -> None:
        self.travel(None)

    def on_task_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.progress.hide()
        self.note.setText("")
        show_error(self, error)

    # --- integrity ------------------------------------------------------------------------

    def on_verify_clicked(self) -> None:
        from infra.audit import verify_store

        app, live = self.ctx.app, getattr(self.ctx.source, "live", None)
        try:
            app.history.authorise_verification(self.ctx.session)
        except BerjasaError as error:
            show_error(self, error)
            return
        self.verify_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.note.setText(self.tr("Memeriksa rantai hash riwayat dan snapshot…"))

        def verify(progress: Any) -> StoreVerification:
            from projections.verify import verify_read_models

            verdict = verify_store(app, progress=progress)
            # The read models reports and lists show, replayed and compared (issue 22).
            self.read_models = (verify_read_models(app.application, live) if verdict.chain.intact
                                and hasattr(live, "database") else None)
            return verdict

        start_task(verify, self.on_verified, self.on_task_failed, self.on_verify_progress)

    def on_verify_progress(self, done: int, total: int | None) -> None:
        self.progress.setRange(0, max(total or 0, 1))
        self.progress.setValue(done)

    def on_verified(self, result: StoreVerification) -> None:
        """The chain's verdict, then the snapshots' (and the read models', when compared)."""
        from domain.i18n import current_language
        from domain.messages import render
        from infra.snapshots import snapshot_message

        self.verify_button.setEnabled(True)
        self.progress.hide()
        self.verified = result
        chain = result.chain
        if chain.intact:
            text = self.tr(
                "Riwayat utuh: {n} peristiwa diperiksa, tidak ada yang diubah, dihapus "
                "atau disisipkan.").format(n=chain.checked)
        else:
            text = self.tr(
                "PERINGATAN: riwayat tidak utuh mulai peristiwa #{p} ({problem}). "
                "Laporkan ke admin dan inspektorat.").format(
                    p=chain.first_broken, problem=chain.problem or "-")
        code, params = snapshot_message(result.snapshots)
        snapshots = render(code, current_language(), params)
        if result.snapshots.intact is False:
            snapshots = self.tr("PERINGATAN: ") + snapshots
        lines = [text, snapshots]
        models = self.read_models
        if models is not None:
            message = render(models.message_code(), current_language(),
                             models.message_params())
            lines.append(message if models.intact else self.tr("PERINGATAN: ") + message)
        self.note.setText("\n".join(lines))
