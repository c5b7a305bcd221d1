"""The Berjasa desktop application (PySide6). Only `desktop.gui.qt` imports PySide6."""
