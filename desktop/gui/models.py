"""Table models over read-model queries: paged (fetchMore) for big tables, plain for small.

The big tables never hold all rows: `PagedQueryModel` asks the query for one page at a time
as the view scrolls, and sorting or filtering re-runs the query (done in SQL by the read
models), so 100,000 workers cost what one page costs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from desktop.gui.qt import (
    QAbstractTableModel,
    QColor,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from projections.api import Page

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
# A row: a query's TypedDict (or a page's own mapping), its cells read by column key.
R = TypeVar("R", bound=Mapping[str, object])


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    render: Callable[[Any], str] | None = None
    sort_key: str | None = None          # the query's sort key, None: not sortable
    align_right: bool = False


class RowsModel(QAbstractTableModel, Generic[R]):
    """A small query result (quotas, claims, agreements) shown as a table."""

    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: list[R] = []

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        # The tooltip holds the whole value where a narrow column elides it.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = row.get(column.key)
            if column.render is not None:
                return column.render(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.get("_muted"):
            return QColor("#777777")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


Fetch = Callable[[str, bool, int, int], Page[R]]   # (sort, descending, offset, limit) → Page


class PagedQueryModel(RowsModel[R]):
    """A big query shown a page at a time; sorting re-runs the query on the read models.

    `fetch(sort, descending, offset, limit)` is called in the GUI thread: each call costs
    one indexed query. `total` is the number of matching rows.
    """

    def __init__(self, columns: Sequence[Column], fetch: Fetch[R], sort: str = "name") -> None:
        super().__init__(columns)
        self.fetch = fetch
        self.sort_key, self.descending = sort, False
        self.total = 0

    def reload(self, fetch: Fetch[R] | None = None) -> None:
        if fetch is not None:
            self.fetch = fetch
        page = self.fetch(self.sort_key, self.descending, 0, PAGE_SIZE)
        self.beginResetModel()
        self.rows, self.total = list(page.rows), page.total
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        page = self.fetch(self.sort_key, self.descending, len(self.rows), PAGE_SIZE)
        if not page.rows:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
