"""What every section shares: the context, refresh on change, actions per role.

Subclasses implement `refresh()` (re-query the read models) and `update_actions()` (show
the buttons the role allows, none while travelling in time). Strings here use
`translate("pages", ...)` because Qt's `tr()` takes the context from the runtime class.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any, TypeVar

from desktop.gui.context import GuiContext
from desktop.gui.errors import show_error
from desktop.gui.forms import Field, FormDialog, Values
from desktop.gui.qt import QCoreApplication, QLabel, QShowEvent, QWidget
from desktop.gui.tasks import alive, start_task
from domain.services.permissions import Action
from domain.values import WITA

T = TypeVar("T")


def shown_day(moment: datetime | None, today: date) -> date:
    """The day a page's figures are for: the time-travel moment's date in Makassar (WITA,
    as the replayed read models count it), else `today`. Never the moment's UTC date: a
    moment before 08.00 WITA is the previous day there."""
    return moment.astimezone(WITA).date() if moment is not None else today


def translate(text: str) -> str:
    return QCoreApplication.translate("pages", text)


class PageBase(QWidget):
    """A section of the main window, re-queried when shown after the data changed."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.stale = True
        # A round of `gather_then` running; another asked for meanwhile.
        self.loading = self.pending = False
        self.dialog: FormDialog | None = None     # the open action form (tests drive it)
        ctx.source.changed.connect(self.on_source_changed)
        ctx.source.travelled.connect(self.on_travelled)

    def refresh(self) -> None:
        """Re-run this page's queries."""

    def update_actions(self) -> None:
        """Show only the actions the signed-in role may take now."""

    def gather_then(self, gather: Callable[[], T], show: Callable[[T], None]) -> None:
        """Run `gather` off the GUI thread, then `show` its result in the GUI thread: for
        queries that take seconds on 100,000 workers, which `refresh` runs on every change
        any workstation records. One round at a time: changes arriving meanwhile ask for
        one more round, not one each."""
        if self.loading:
            self.pending = True
            return
        self.loading, self.pending = True, False
        start_task(lambda _progress: gather(), partial(self._round_gathered, show),
                   self.round_failed)

    def _round_gathered(self, show: Callable[[T], None], result: T) -> None:
        if not alive(self):      # the window was rebuilt (language) while gathering
            return
        self.loading = False
        show(result)
        if self.pending:         # the read models changed meanwhile: one more round
            self.refresh()

    def round_failed(self, error: BaseException) -> None:
        if not alive(self):
            return
        self.loading = False
        if self.pending:
            # The read models changed meanwhile (a time-travel move closes those of the
            # moment before, which this round may have been reading): the next round says.
            self.refresh()
            return
        self.show_problem(error)

    def show_problem(self, error: BaseException) -> None:
        """Say on the page that its last round of `gather_then` failed (not a dialog: the
        rounds run by themselves whenever data changes)."""

    def release_files(self) -> None:
        """Delete the temporary files this page made (its window is closing)."""

    def may(self, action: Action) -> bool:
        return self.ctx.may(action)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.stale = False
        try:
            self.refresh()
        except Exception as error:
            show_error(self, error)

    def on_source_changed(self, _position: int) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def on_travelled(self, _moment: object) -> None:
        self.update_actions()

    def open_form(self, title: str, fields: list[Field], check: Callable[[Values], Any],
                  submit: Callable[[Values], Any], intro: str = "",
                  derive: Callable[[Values], Values] | None = None) -> FormDialog:
        """Open an action form (non-blocking); a successful save refreshes the read models."""

        def run(values: Values) -> Any:
            result = submit(values)
            self.ctx.after_write()
            return result

        self.dialog = FormDialog(self, title, fields, check, run, intro, derive)
        self.dialog.open()
        return self.dialog


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    label.setStyleSheet("font-size: 15pt; font-weight: 600; margin-bottom: 4px;")
    return label


def no_check(_values: Values) -> None:
    """A form whose fields are all checked by the service on save."""
