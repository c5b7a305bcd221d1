"""How much of a file the importer reads before refusing it.

These bound the memory and time one import may take on a clerk's PC, whatever it is sent:
a spreadsheet's sheet is held in memory while it is read (python-calamine reads a sheet
whole), so the limits on the decompressed size, rows and columns are what keep that
memory bounded. They are technical limits, not rules of a regulation; each is far above
the largest real list (Makassar's DTSEN extract is ~100,000 rows of ~12 columns).
"""

from __future__ import annotations

# A workbook file on disk (.xlsx/.xls/.ods) or a CSV.
MAX_FILE_BYTES = 256 * 1024 * 1024
# All members of an .xlsx/.ods zip together, decompressed: ~8 times a 100,000-row sheet.
MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024
# A zip member above this size that decompresses more than MAX_RATIO times is a zip bomb:
# real sheet XML compresses 5-30 times, a bomb thousands of times.
RATIO_CHECKED_ABOVE_BYTES = 16 * 1024 * 1024
MAX_RATIO = 200
# Rows and columns of the sheet (or lines of a CSV) and characters in one cell.
MAX_ROWS = 500_000
MAX_COLUMNS = 256
MAX_CELL_CHARS = 2_000
