"""The one module that imports PySide6: every other GUI module imports Qt names from here.

Keeping the binding behind one seam (as qutebrowser does with `qutebrowser/qt/`) means a
change of binding or version touches one file, and tests can see at a glance what we use.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QRunnable,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTime,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

__all__ = [
    "QAbstractItemView", "QAbstractTableModel", "QAction", "QApplication", "QBrush",
    "QButtonGroup", "QCheckBox", "QCloseEvent", "QColor", "QComboBox", "QCoreApplication",
    "QDate", "QDateEdit", "QDateTime", "QDateTimeEdit", "QDesktopServices", "QDialog",
    "QDialogButtonBox", "QEvent", "QFileDialog", "QFont", "QFontMetrics", "QFormLayout",
    "QFrame", "QGridLayout", "QGroupBox", "QHBoxLayout", "QHeaderView", "QKeySequence",
    "QLabel", "QLibraryInfo", "QLineEdit", "QListWidget", "QListWidgetItem", "QLocale",
    "QMainWindow", "QMessageBox", "QModelIndex", "QObject", "QPaintEvent", "QPainter",
    "QPalette", "QPen", "QPersistentModelIndex", "QPlainTextEdit", "QPointF",
    "QProgressBar", "QPushButton", "QRadioButton", "QRectF", "QRunnable", "QScrollArea",
    "QSettings", "QShortcut", "QShowEvent", "QSize", "QSizePolicy", "QSpinBox", "QSplitter",
    "QStackedWidget", "QStatusBar", "QTabWidget", "QTableView", "QTableWidget",
    "QTableWidgetItem", "QTextBrowser", "QThreadPool", "QTime", "QTimer", "QToolButton",
    "QTranslator", "QUrl", "QVBoxLayout", "QWidget", "QWizard", "QWizardPage", "Qt",
    "Signal", "Slot",
]


def pdf_support() -> tuple[type, type] | None:
    """(QPdfDocument, QPdfView) when the QtPdf module is installed, else None."""
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView
    except ImportError:
        return None
    return QPdfDocument, QPdfView


def print_support() -> bool:
    try:
        import PySide6.QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True
