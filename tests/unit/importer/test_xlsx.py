"""The fast .xlsx reader gives exactly openpyxl's read-only values, or steps aside."""

from __future__ import annotations

import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from importer import reading
from importer.reading import read_table
from importer.xlsx import PlainWorkbook, open_plain_workbook
from tests.unit.importer.helpers import HEADERS, worker_row, write_xlsx

SAMPLE = Path(__file__).parents[2] / "data" / "contoh-daftar-pekerja.xlsx"


def openpyxl_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return {sheet.title: [tuple(row) for row in sheet.iter_rows(values_only=True)]
                for sheet in workbook.worksheets}
    finally:
        workbook.close()


def plain_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    plain = open_plain_workbook(path)
    assert plain is not None, "expected the fast reader to accept this workbook"
    with plain:
        return {sheet.title: list(plain.values(sheet)) for sheet in plain.sheets}


def assert_same_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    expected = openpyxl_rows(path)
    assert plain_rows(path) == expected
    for title, rows in expected.items():  # the same types too: 1 and 1.0 and True compare equal
        fast = plain_rows(path)[title]
        assert [[type(v) for v in row] for row in fast] == [[type(v) for v in row] for row in rows]
    return expected


def test_the_shared_sample_reads_the_same() -> None:
    rows = assert_same_rows(SAMPLE)
    assert sum(len(r) for r in rows.values()) > 300


def a_varied_workbook(path: Path, *, write_only: bool = False) -> Path:
    workbook = Workbook(write_only=write_only)
    if not write_only:
        workbook.remove(workbook.active)
    sheet = workbook.create_sheet("Daftar")
    rows: list[list[Any]] = [
        ["DAFTAR PEKERJA RENTAN KOTA MAKASSAR"], [], ["No", *HEADERS, "Aktif", "Jam"],
    ]
    for serial in range(1, 30):
        row: list[Any] = [serial, *worker_row(serial), serial % 2 == 0, time(7, 30)]
        row[1] = int(row[1]) if serial % 3 == 0 else row[1]  # NIK as a number or as text
        row[4] = datetime(1985, 4, 12) if serial % 4 == 0 else row[4]  # a real date cell
        row[4] = date(1990, 1, serial) if serial % 5 == 0 else row[4]
        row[8] = 2.5 if serial % 7 == 0 else row[8]
        row[6] = None if serial % 6 == 0 else row[6]  # a gap inside the row
        rows.append(row)
    rows += [[], [None, None, "  "], ["Jumlah", None, None, None, None, None, None, None, 29]]
    for row in rows:
        sheet.append(row)
    if not write_only:
        sheet["E8"].number_format = "dd/mm/yyyy"  # a custom date format on a text cell
        sheet["I9"].number_format = "d-mmm-yy"  # ... and on a number: becomes a datetime
        sheet["A40"] = "catatan jauh di bawah"  # a sparse row after blank ones
        hidden = workbook.create_sheet("Rekap")
        hidden.sheet_state = "hidden"
        hidden["C2"] = 12345678901234567
        hidden["B5"] = "=SUM(1,2)"  # a formula without a cached value: None both ways
    workbook.save(path)
    return path


def test_an_openpyxl_written_workbook_reads_the_same(tmp_path: Path) -> None:
    rows = assert_same_rows(a_varied_workbook(tmp_path / "v.xlsx"))
    assert isinstance(rows["Daftar"][8][8], datetime)  # the date-formatted number
    assert rows["Daftar"][5][1] == int(rows["Daftar"][5][1])


def test_a_workbook_without_dimensions_reads_the_same(tmp_path: Path) -> None:
    path = a_varied_workbook(tmp_path / "w.xlsx", write_only=True)
    assert_same_rows(path)
    plain = open_plain_workbook(path)
    assert plain is not None
    with plain:
        assert plain.sheets[0].max_row is None
        assert plain.count_rows(plain.sheets[0]) == len(openpyxl_rows(path)["Daftar"])


SHEET = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<dimension ref="A1:F7"/><sheetData>'
    '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2" t="s"><v>1</v></c></row>'
    '<row><c t="str"><f>A1</f><v>cached text</v></c><c><v>1.5E3</v></c><c t="b"><v>0</v></c>'
    '<c t="e"><v>#N/A</v></c><c s="1"><v>45000.5</v></c></row>'
    '<row r="5"><c r="A5"><f>NOW()</f></c><c r="C5" t="d"><v>2026-11-21T10:00:00</v></c>'
    '<c r="H5"><v>9</v></c><c r="B5" t="inlineStr"><is><r><t>rich </t></r><r><t>text</t></r>'
    '</is></c></row>'
    '<row r="9"><c r="A9"><v>7</v></c></row>'
    '</sheetData></worksheet>'
)
STRINGS = (
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<si><t xml:space="preserve"> NIK </t></si>'
    '<si><r><t>Na</t></r><r><rPr><b/></rPr><t>ma</t></r>'
    '<rPh sb="0" eb="1"><t>x</t></rPh></si></sst>'
)
STYLES = (
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs></styleSheet>'
)


def a_hand_made_workbook(path: Path, *, workbook_pr: str = "") -> Path:
    """What other programs write: shared and rich strings, rows and cells without `r`,
    cached formula text, errors, ISO dates, cells past the stated dimension."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="rels" ContentType='
            '"application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
        "_rels/.rels": (
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Target="xl/workbook.xml" '
            f'Type="{rel}/officeDocument"/></Relationships>'),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}">{workbook_pr}'
            '<sheets><sheet name="Lembar1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{pkg}">'
            f'<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="{rel}/worksheet"/>'
            f'<Relationship Id="rId2" Target="sharedStrings.xml" Type="{rel}/sharedStrings"/>'
            f'<Relationship Id="rId3" Target="styles.xml" Type="{rel}/styles"/>'
            '</Relationships>'),
        "xl/worksheets/sheet1.xml": SHEET,
        "xl/sharedStrings.xml": STRINGS,
        "xl/styles.xml": STYLES,
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_a_hand_made_workbook_reads_the_same(tmp_path: Path) -> None:
    rows = assert_same_rows(a_hand_made_workbook(tmp_path / "h.xlsx"))["Lembar1"]
    assert rows[1][1] == " NIK " and rows[1][3] == "Nama"
    assert rows[2][:4] == ("cached text", 1500.0, False, "#N/A")
    assert isinstance(rows[2][4], datetime)
    assert len(rows) == 7 and rows[4][1] == "rich text"


def test_unusual_workbooks_are_left_to_openpyxl(tmp_path: Path) -> None:
    odd_epoch = a_hand_made_workbook(tmp_path / "1904.xlsx",
                                     workbook_pr='<workbookPr date1904="1"/>')
    assert open_plain_workbook(odd_epoch) is None
    not_a_zip = tmp_path / "terenkripsi.xlsx"
    not_a_zip.write_bytes(b"\xd0\xcf\x11\xe0 an encrypted workbook is an OLE file")
    assert open_plain_workbook(not_a_zip) is None
    missing = tmp_path / "tanpa-lembar.xlsx"
    with zipfile.ZipFile(a_hand_made_workbook(tmp_path / "h.xlsx")) as source, \
            zipfile.ZipFile(missing, "w") as target:
        for item in source.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                target.writestr(item, source.read(item))
    assert open_plain_workbook(missing) is None


def test_the_importer_reads_the_same_rows_either_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = a_varied_workbook(tmp_path / "v.xlsx")
    fast = read_table(path)
    fast_rows = list(fast.rows())
    monkeypatch.setattr(reading, "open_plain_workbook", lambda _path: None)
    slow = read_table(path)
    assert fast.describe() == slow.describe()
    assert fast_rows == list(slow.rows())
    assert len(fast_rows) == 29 + 2  # workers, the total row, the note far below


def test_a_failure_part_way_hands_over_to_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [worker_row(serial) for serial in range(1, 20)])
    table = read_table(path)
    expected = list(table.rows())
    real_values = PlainWorkbook.values

    def failing_values(self: PlainWorkbook, sheet: Any) -> Any:
        for number, row in enumerate(real_values(self, sheet), start=1):
            if number == 8:
                raise ValueError("damaged cell")
            yield row

    monkeypatch.setattr(PlainWorkbook, "values", failing_values)
    assert list(table.rows()) == expected


# --- the byte scanner (importer.xlsxscan) ----------------------------------------------------

EXCEL_SHEET = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
    '<dimension ref="A1:H6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
    '<sheetData>'
    '<row r="1" spans="1:8" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t>DAFTAR'
    ' PEKERJA &amp; AHLI WARIS</t></is></c></row>\n'
    '<row r="3" spans="1:8"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c>'
    '<c r="C3" t="inlineStr"><is><t xml:space="preserve"> Tgl. Lahir </t></is></c>'
    '<c r="D3" t="inlineStr"><is><t/></is></c><c r="E3" t="inlineStr"/></row>'
    '<row r="4"><c r="A4"><v>7371011204850001</v></c><c r="B4" s="1"><v>31149</v></c>'
    '<c r="C4" s="1" t="n"><v>45000.75</v></c><c r="D4" t="b"><v>1</v></c>'
    '<c r="E4"/><c r="F4"><v/></c><c r="G4"><v>1.5E3</v></c><c r="H4"><v>-2</v></c></row>'
    '<row><c><f>SUM(A4:B4)</f><v>3</v></c><c t="str"><f t="shared" ref="B5:C5" si="0"/>'
    '<v>Caf&#233; &#x41;&lt;&gt;&quot;&apos;</v></c><c t="e"><v>#N/A</v></c>'
    '<c t="d"><v>2026-11-21T10:00:00</v></c><c r="F5" t="inlineStr"><is><t>Wajo \u00e9'
    '\u4e2d</t></is></c><c><v>8</v></c></row>'
    '<row r="7"/>'
    '<row r="9" spans="1:3"><c r="C9"><v>9</v></c></row>'
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3"'
    ' footer="0.3"/></worksheet>'
)


def an_excel_like_workbook(path: Path, sheet: str = EXCEL_SHEET) -> Path:
    """What Excel writes for plain values, within the byte scanner's grammar: shared and
    inline strings, numbers, date-styled numbers, booleans, empty cells, cells and rows
    without `r`, entities, formulas with cached values, rows past the dimension, a title
    row, a prefixed attribute."""
    a_hand_made_workbook(path)
    rewritten = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            data = sheet.encode() if item.filename.endswith("sheet1.xml") else source.read(item)
            target.writestr(item, data)
    rewritten.replace(path)
    return path


def scanned_only(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The fast reader's rows, failing if ElementTree had to read any row."""
    def no_elementtree(*_args: Any) -> Any:
        raise AssertionError("the scanner handed over to ElementTree")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(PlainWorkbook, "_parsed_rows", no_elementtree)
        return plain_rows(path)


def elementtree_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(PlainWorkbook, "scan", False)
        return plain_rows(path)


def typed(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[list[tuple[type, Any]]]]:
    return {title: [[(type(v), v) for v in row] for row in sheet]
            for title, sheet in rows.items()}


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_the_scanner_reads_an_excel_like_sheet_as_openpyxl(tmp_path: Path) -> None:
    path = an_excel_like_workbook(tmp_path / "excel.xlsx")
    scanned = scanned_only(path)
    assert typed(scanned) == typed(openpyxl_rows(path)) == typed(elementtree_rows(path))
    rows = scanned["Lembar1"]
    assert rows[0][0] == "DAFTAR PEKERJA & AHLI WARIS" and rows[1] == (None,) * 8
    assert rows[2][:5] == (" NIK ", "Nama", " Tgl. Lahir ", "", None)
    assert rows[3][0] == 7371011204850001 and isinstance(rows[3][1], datetime)
    assert rows[3][3] is True and rows[3][6] == 1500.0 and rows[4][1] == "Café A<>\"'"
    assert rows[4][5] == "Wajo \u00e9\u4e2d" and len(rows) == 6  # row 9 is past A1:H6


def test_the_scanner_reads_openpyxl_files_whole(tmp_path: Path) -> None:
    for write_only in (False, True):
        path = a_varied_workbook(tmp_path / f"v{write_only}.xlsx", write_only=write_only)
        assert typed(scanned_only(path)) == typed(openpyxl_rows(path))
    assert typed(scanned_only(SAMPLE)) == typed(openpyxl_rows(SAMPLE))


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_the_scanner_reads_across_any_block_boundary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importer import xlsxscan

    path = an_excel_like_workbook(tmp_path / "excel.xlsx")
    expected = typed(openpyxl_rows(path))
    for size in (7, 13, 64, 257):  # rows, tags and UTF-8 characters cut everywhere
        monkeypatch.setattr(xlsxscan, "_BLOCK", size)
        assert typed(scanned_only(path)) == expected


ODD_ROWS = {
    "rich inline text": '<c r="B2" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>',
    "a carriage return": '<c r="B2" t="inlineStr"><is><t>a\r\nb</t></is></c>',
    "a comment": '<c r="B2"><v>1</v></c><!-- catatan -->',
    "a CDATA section": '<c r="B2" t="inlineStr"><is><t><![CDATA[a&b]]></t></is></c>',
    "whitespace in a cell": '<c r="B2">\n  <v>1</v>\n</c>',
    "attributes in another order": '<c t="n" r="B2" s="1"><v>3</v></c>',
    "a lower-case reference": '<c r="b2"><v>3</v></c>',
    "a raw greater-than": '<c r="B2" t="inlineStr"><is><t>a > b</t></is></c>',
}


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
@pytest.mark.parametrize("odd", sorted(ODD_ROWS))
def test_what_the_scanner_does_not_know_goes_to_elementtree(tmp_path: Path, odd: str) -> None:
    row = f'<row r="2">{ODD_ROWS[odd]}</row>'
    sheet = EXCEL_SHEET.replace('<row r="3"', f'{row}<row r="3"')
    path = an_excel_like_workbook(tmp_path / "odd.xlsx", sheet)
    expected = openpyxl_rows(path)
    assert typed(plain_rows(path)) == typed(expected) == typed(elementtree_rows(path))
    with pytest.raises(AssertionError, match="handed over"):
        scanned_only(path)


@pytest.mark.parametrize("damage", ["&nbsp;", "&#1;", '<c r="B2" foo:x="1"><v>1</v></c>',
                                    "\x01", '<c r="B2" cm="1" cm="1"><v>1</v></c>'])
def test_a_damaged_row_fails_as_with_elementtree(tmp_path: Path, damage: str) -> None:
    from xml.etree.ElementTree import ParseError

    cell = damage if damage.startswith("<c") else f'<c r="B2" t="str"><v>x{damage}</v></c>'
    sheet = EXCEL_SHEET.replace('<row r="3"', f'<row r="2">{cell}</row><row r="3"')
    path = an_excel_like_workbook(tmp_path / "damaged.xlsx", sheet)
    for reader in (plain_rows, elementtree_rows):
        with pytest.raises(ParseError):
            reader(path)
