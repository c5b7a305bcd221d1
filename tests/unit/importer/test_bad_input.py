"""Files an office should never have sent: each refused with a message naming the file,
before anything is read into the store."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from domain.errors import ValidationError
from importer import limits, read_table
from importer.rows import registration_of
from tests.conftest import TODAY
from tests.unit.importer.helpers import worker_row, write_csv, write_xlsx

FORMATS = Path(__file__).resolve().parents[2] / "data" / "formats"


def refusal(path: Path) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert path.name in caught.value.message("id")
    assert path.name in caught.value.message("en")
    return caught.value


def test_a_text_file_named_xlsx_is_not_a_workbook(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "daftar.xlsx", [worker_row(1)])
    assert refusal(path).code == "import.not_a_workbook"


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"foto{suffix}"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8\xff")
    assert refusal(path).code == "import.not_a_workbook"


def test_an_xls_named_xlsx_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "daftar.xlsx"
    shutil.copy(FORMATS / "libreoffice-teks.xls", path)
    error = refusal(path)
    assert error.code == "import.content_mismatch"
    assert ".xls" in error.message("en")


def test_an_xlsx_named_xls_is_named_for_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "daftar.xls"
    shutil.copy(FORMATS / "libreoffice-teks.xlsx", path)
    assert refusal(path).code == "import.content_mismatch"


def test_a_password_protected_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kata-sandi.xlsx"
    shutil.copy(FORMATS / "kata-sandi.xlsx", path)  # made with msoffcrypto-tool
    error = refusal(path)
    assert error.code == "import.password_protected"
    assert "password" in error.message("en")


def test_a_zip_bomb_is_refused_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "RATIO_CHECKED_ABOVE_BYTES", 1 << 20)
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 << 20))
    error = refusal(path)
    assert error.code == "import.zip_bomb"
    assert "sheet1.xml" in error.message("id")


def test_a_workbook_too_large_once_decompressed_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_UNCOMPRESSED_BYTES", 4096)
    path = write_xlsx(tmp_path / "besar.xlsx", [worker_row(n) for n in range(1, 50)])
    assert refusal(path).code == "import.zip_too_large"


def test_a_file_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    path = write_csv(tmp_path / "besar.csv", [worker_row(n) for n in range(1, 5)])
    assert refusal(path).code == "import.file_too_large"


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 10)
    rows = [worker_row(n) for n in range(1, 20)]
    for path in (write_csv(tmp_path / "a.csv", rows), write_xlsx(tmp_path / "a.xlsx", rows)):
        error = refusal(path)
        assert error.code == "import.too_many_rows"
        assert "10" in error.message("id")


def test_too_many_columns_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_COLUMNS", 12)
    path = write_xlsx(tmp_path / "lebar.xlsx", [worker_row(1) + ["x"] * 10])
    assert refusal(path).code == "import.too_many_columns"


def test_a_cell_too_long_refuses_its_row_naming_the_column() -> None:
    row = worker_row(1)
    row[6] = "x" * (limits.MAX_CELL_CHARS + 1)
    mapping = {"nik": 0, "name": 1, "sex": 2, "birth_date": 3, "kecamatan": 4,
               "kelurahan": 5, "occupation": 6}
    with pytest.raises(ValidationError) as caught:
        registration_of(row, mapping, TODAY)
    assert caught.value.code == "import.cell_too_long"
    assert caught.value.params["column"] == 7


def test_a_sheet_of_a_million_empty_rows_reads_its_data_rows_only(tmp_path: Path) -> None:
    """Formatting a whole column leaves a million empty rows: they are not workers."""
    path = write_xlsx(tmp_path / "kosong.xlsx", [worker_row(1), worker_row(2)])
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    empty = "".join(f'<row r="{n}"/>' for n in range(4, 1_000_004))
    members["xl/worksheets/sheet1.xml"] = sheet.replace("</sheetData>",
                                                        empty + "</sheetData>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    table = read_table(path)
    assert [number for number, _cells in table.rows()] == [2, 3]


def test_a_csv_mixing_utf8_and_windows_1252_names_the_lines(tmp_path: Path) -> None:
    path = tmp_path / "campur.csv"
    write_csv(path, [worker_row(1, **{"Nama": "Ma'ruf Daéng"}), worker_row(2)])
    text = path.read_bytes() + "7371091204850003,Andi Daéng,L,12-04-1985\r\n".encode("cp1252")
    path.write_bytes(text)
    error = refusal(path)
    assert error.code == "import.mixed_encoding"
    assert (error.params["utf8_rows"], error.params["other_rows"]) == ("2", "4")


def test_a_csv_that_is_utf8_is_read_as_utf8(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "utf8.csv", [worker_row(1, **{"Nama": "Daéng Ṣalīḥ"})])
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert table.preview(1)[0][1] == "Daéng Ṣalīḥ"


def _sheet_xml(path: Path, sheet_data: str) -> Path:
    """An .xlsx whose one sheet holds `sheet_data` (its XML, as a program could write it)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
            'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'))
        archive.writestr("xl/workbook.xml", (
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Daftar" sheetId="1" r:id="rId1"/></sheets></workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>'))
        archive.writestr("xl/worksheets/sheet1.xml", (
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{sheet_data}</sheetData></worksheet>"))
    return path


_HEADER_ROW = ('<row r="1"><c r="A1" t="inlineStr"><is><t>NIK</t></is></c>'
               '<c r="B1" t="inlineStr"><is><t>Nama</t></is></c></row>')


def test_two_cells_far_apart_are_refused_before_the_grid_is_allocated(tmp_path: Path) -> None:
    """A 1.5 KB .xlsx with cells in A1 and IV499999 made python-calamine ask for 4 GB of
    memory (the process aborted): its grid is measured from the XML first."""
    path = _sheet_xml(tmp_path / "jauh.xlsx", _HEADER_ROW + (
        '<row r="499999"><c r="IV499999" t="inlineStr"><is><t>x</t></is></c></row>'))
    error = refusal(path)
    assert error.code == "import.too_many_cells"
    assert (error.params["rows"], error.params["columns"]) == (499_999, 256)


def test_a_cell_referenced_beyond_the_row_limit_is_refused(tmp_path: Path) -> None:
    path = _sheet_xml(tmp_path / "bawah.xlsx", _HEADER_ROW + (
        '<row r="2"><c r="A900000" t="inlineStr"><is><t>x</t></is></c></row>'))
    error = refusal(path)
    assert (error.code, error.params["rows"]) == ("import.too_many_rows", 900_000)


def test_a_column_referenced_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    path = _sheet_xml(tmp_path / "kanan.xlsx", _HEADER_ROW + (
        '<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>'))
    error = refusal(path)
    assert (error.code, error.params["columns"]) == ("import.too_many_columns", 16_384)


def test_cells_written_without_references_are_counted(tmp_path: Path) -> None:
    """A row of cells without `r` is as wide as their number; rows without `r` count."""
    wide = "<row>" + "<c/>" * 300 + "</row>"
    path = _sheet_xml(tmp_path / "lebar.xlsx", _HEADER_ROW + wide)
    assert refusal(path).code == "import.too_many_columns"


def test_a_grid_over_the_cell_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_CELLS", 100)
    path = write_xlsx(tmp_path / "banyak.xlsx", [worker_row(n) for n in range(1, 20)])
    error = refusal(path)
    assert error.code == "import.too_many_cells"
    assert "100" in error.message("en")


def test_a_list_within_the_limits_is_read_whole(tmp_path: Path) -> None:
    rows = [worker_row(n) for n in range(1, 30)]
    table = read_table(write_xlsx(tmp_path / "biasa.xlsx", rows))
    assert sum(1 for _ in table.rows()) == 29
