"""How much of a file the importer reads before refusing it.

These bound the memory and time one import may take on a clerk's PC, whatever it is sent:
a spreadsheet's sheet is held in memory while it is read (python-calamine 0.9 reads a
sheet whole, as a dense grid from its first to its last cell: its `iter_rows` walks the
grid already loaded), so the limits on the decompressed size and on the grid's extent
(rows, columns, and their product, read from an `.xlsx` sheet's cell references before
calamine loads it) are what keep that memory bounded: under 500 MB at the limits
(`bench/bench_bounded_files.py`). They are technical limits, not rules of a regulation;
each is far above the largest real list (Makassar's DTSEN extract is ~100,000 rows of ~12 columns).
"""

from __future__ import annotations

# A workbook file on disk (.xlsx/.xls/.ods) or a CSV.
MAX_FILE_BYTES = 256 * 1024 * 1024
# All members of an .xlsx/.ods zip together, decompressed: ~4 times a 100,000-row sheet
# (58 MB as the bench writes it). Calamine holds the text of every cell it read.
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
# A zip member above this size that decompresses more than MAX_RATIO times is a zip bomb:
# real sheet XML compresses 5-30 times, a bomb thousands of times.
RATIO_CHECKED_ABOVE_BYTES = 16 * 1024 * 1024
MAX_RATIO = 200
# Rows and columns of the sheet (or lines of a CSV) and characters in one cell.
MAX_ROWS = 500_000
MAX_COLUMNS = 256
# Rows x columns of a sheet's grid (calamine allocates every cell of it, filled or not:
# a 1.5 KB .xlsx with cells in A1 and IV499999 asked for 4 GB): 333,333 rows of 12
# columns, three times the largest real list. Measured: 3,999,996 filled cells, peak
# RSS under 500 MB.
MAX_CELLS = 4_000_000
MAX_CELL_CHARS = 2_000
