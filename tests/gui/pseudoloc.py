"""Pseudo-localisation: every text a window shows, with where it is, to find Indonesian
left in the English interface (`tests.indonesian_words`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractButton, QListView, QTextEdit

from desktop.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    Qt,
    QTabWidget,
    QWidget,
)
from tests.indonesian_words import indonesian_words_in

DISPLAY = Qt.ItemDataRole.DisplayRole
ROWS_CHECKED = 60  # of each table: enough for every status and event type of the demo


def _count(method: Callable[..., int]) -> int:
    """A model's row or column count (a list model takes a parent, a table none)."""
    try:
        return int(method(QModelIndex()))
    except TypeError:
        return int(method())


def _table_texts(view: QAbstractItemView, data_columns: frozenset[str]
                 ) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    keys = [getattr(c, "key", "") for c in getattr(model, "columns", [])]
    columns = 1 if isinstance(view, QListView) else _count(model.columnCount)
    for column in range(columns):
        title = model.headerData(column, Qt.Orientation.Horizontal, DISPLAY)
        yield "header", str(title or "")
        if column < len(keys) and keys[column] in data_columns:
            continue  # recorded data (a name, a label, a reason): not the interface's words
        for row in range(min(_count(model.rowCount), ROWS_CHECKED)):
            value = model.data(model.index(row, column), DISPLAY)
            yield f"cell {keys[column] if column < len(keys) else column}", str(value or "")


def visible_texts(root: QWidget, data_columns: frozenset[str] = frozenset()
                  ) -> Iterator[tuple[str, str]]:
    """(kind and object name, text) of every widget `root` shows."""
    def shown(widget: QWidget) -> bool:
        return widget.isVisibleTo(root) or widget is root

    for label in root.findChildren(QLabel):
        if shown(label):
            yield f"label {label.objectName()}", label.text()
    for button in root.findChildren(QAbstractButton):
        if shown(button):
            yield f"button {button.objectName()}", button.text()
    for box in root.findChildren(QGroupBox):
        if shown(box):
            yield f"group {box.objectName()}", box.title()
    for tabs in root.findChildren(QTabWidget):
        if shown(tabs):
            for index in range(tabs.count()):
                yield f"tab {tabs.objectName()}", tabs.tabText(index)
    for edit in root.findChildren(QLineEdit):
        if shown(edit):
            yield f"placeholder {edit.objectName()}", edit.placeholderText()
    for combo in root.findChildren(QComboBox):
        # A list of recorded or reference data (occupations, kecamatan): not translated.
        if shown(combo) and combo.objectName() not in data_columns:
            for index in range(combo.count()):
                yield f"choice {combo.objectName()}", combo.itemText(index)
    for text in root.findChildren(QTextEdit):
        if shown(text):
            yield f"text {text.objectName()}", text.toPlainText()
    for view in root.findChildren(QAbstractItemView):
        if shown(view):
            for where, value in _table_texts(view, data_columns):
                yield f"{where} of {view.objectName()}", value


# An event type's permanent identifier ("Peserta.Registered"): a code, typed as a filter.
_IDENTIFIER = re.compile(r"\b[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+\b")


def without_data(text: str, data: Iterable[str]) -> str:
    """`text` less the recorded data in it (longest first) and the event identifiers."""
    for value in sorted(data, key=len, reverse=True):
        text = text.replace(value, " ")
    return _IDENTIFIER.sub(" ", text)


def indonesian_texts(root: QWidget, data_columns: frozenset[str] = frozenset(),
                     data: Iterable[str] = ()) -> list[tuple[str, str, list[str]]]:
    """(where, text, the Indonesian words in it) for each text that has any, once the
    recorded data `data` (names, labels, subjects, reasons) is taken out of it."""
    found = []
    data = [value for value in data if indonesian_words_in(value)]
    for where, text in visible_texts(root, data_columns):
        words = indonesian_words_in(without_data(text, data))
        if words:
            found.append((where, text, words))
    return found
