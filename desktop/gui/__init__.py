"""The Berjasa desktop application (PySide6). Only `desktop.gui.qt` imports PySide6."""

# The texts of the GUI's own refusals, registered before any of them can be raised.
import desktop.gui.messages  # noqa: F401
