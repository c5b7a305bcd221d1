"""A byte-level scanner for plain sheet XML: the rows `importer.xlsx`'s ElementTree reader
gives, at about half its cost per row.

ElementTree builds an element (and a Python object per tag, attribute and text) for every
`<row>`, `<c>`, `<v>`, `<is>` and `<t>`; a worker row is ~30 of them. Here each row is
matched by one regular expression over the decoded text and its cells are taken by a
second one, in C, leaving Python one tuple per cell to convert (with the same
`importer.xlsxvalues` conversions as the ElementTree reader).

The grammar is deliberately narrow: what Excel, LibreOffice and openpyxl write for plain
values (`<c r="B4" s="1" t="n">` attributes in that order, a `<v>`, an optional `<f>`,
or an inline `<is><t>`). Anything else (rich inline text, whitespace inside a cell,
a CDATA section, a comment, an unknown entity, a control character, a carriage return,
an undeclared prefix, another namespace or encoding) raises `UnscannableError` before the
row it is in is given, and the caller has ElementTree read the sheet from that row on:
the outcome is always the ElementTree reader's. The parts before and after `<sheetData>`
are parsed by expat itself, so a file damaged there fails as it did.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any
from xml.etree.ElementTree import XMLPullParser

from importer.xlsxvalues import COLUMNS as _COLUMNS
from importer.xlsxvalues import column_number, number_of, row_number

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_BLOCK = 1 << 20
_HEAD_LIMIT = 1 << 24  # a sheet head or one row this long is not a plain worker list
# Characters expat refuses or changes (control characters, a carriage return, which it
# turns into a line feed, U+FFFE/U+FFFF), kept out of every text and value matched here.
_ODD = "\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff"
_VALUE = f'"[^"<&\t\n{_ODD}]*"'  # an attribute value without entities or folded whitespace
# Text with only XML's own entities and character references, and no `>` (so no `]]>`).
_PLAIN = f"[^<&>{_ODD}]*"
_TEXT = rf"{_PLAIN}(?:&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);{_PLAIN})*"
_ENTITY = re.compile(r"&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ROW_ATTR = re.compile(r'\s+([^\s=]+)="([^"]*)"')
_DECLARATION = re.compile(r"<\?xml[^>]*?encoding=[\"']([^\"']*)[\"']")
_ROOT = re.compile(r"<worksheet((?:\s+[A-Za-z_:][\w:.-]*=(?:\"[^\"]*\"|'[^']*'))*)\s*>")
_PREFIX = re.compile(r"\sxmlns:([A-Za-z_][\w.-]*)=")


class UnscannableError(Exception):
    """The scanner cannot vouch for what comes next; ElementTree must read it."""


class _Grammar:
    """The row and cell patterns for one sheet (its declared prefixes may name extra
    attributes, such as Excel's `x14ac:dyDescent`)."""

    def __init__(self, prefixes: list[str]) -> None:
        prefixed = "".join(f"|{re.escape(p)}:[A-Za-z_][\\w.-]*" for p in ["xml", *prefixes])
        name = rf"(?:(?!xmlns)[A-Za-z_][\w.-]*{prefixed})"  # no namespace declarations
        attribute = rf"\s+{name}={_VALUE}"
        other = rf"\s+(?!(?:r|s|t)=){name}={_VALUE}"  # any attribute but r, s and t
        formula = rf"(?:<f((?:{attribute})*)\s*(?:/>|>{_TEXT}</f>))?"
        # Group 1 is the whole cell: the cells of a row must add up to all of its text.
        self.cell = re.compile(
            rf'(\s*<c(?: r="([A-Z]{{1,3}})[0-9]*")?(?: s="([0-9]+)")?(?: t="([A-Za-z]+)")?'
            rf"((?:{other})*)\s*(?:/>|>{formula}"
            rf'(?:<v>({_TEXT})</v>|<v\s*/>|(<is>)<t(?: xml:space="preserve")?'
            rf"(?:\s*/>|>({_TEXT})</t>)</is>)?</c>))")
        self.row = re.compile(rf"\s*<row((?:{attribute})*)\s*(/?)>")
        self.names = re.compile(r"\s+([^\s=]+)=")
        self.seen_dates: dict[tuple[str, str], Any] = {}


def sheet_head(source: IO[bytes]) -> tuple[bytes, bytes, list[str]]:
    """(the bytes up to and with the `<sheetData>` tag, the bytes read after it, the root's
    declared prefixes), or UnscannableError when the sheet is not plain."""
    data = b""
    while (at := data.find(b"<sheetData")) < 0 or data.find(b">", at) < 0:
        block = source.read(_BLOCK)
        if not block or len(data) > _HEAD_LIMIT:
            raise UnscannableError("no <sheetData> near the start")
        data += block
    try:
        head = data[:at].decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnscannableError("not UTF-8") from None
    declared = _DECLARATION.search(head)
    if declared and declared.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise UnscannableError(f"encoding {declared.group(1)}")
    root = _ROOT.search(head)
    if "<!DOCTYPE" in head or root is None or f' xmlns="{MAIN_NS}"' not in root.group(1):
        raise UnscannableError("not a plain worksheet root")
    tag_end = data.index(b">", at) + 1
    if data[at:tag_end] not in (b"<sheetData>", b"<sheetData/>"):
        raise UnscannableError("sheetData attributes")
    return data[:tag_end], data[tag_end:], _PREFIX.findall(root.group(1))


def scanned_rows(source: IO[bytes], strings: list[str], dates: set[int],
                 durations: set[int]) -> Iterator[tuple[int, list[tuple[int, Any]]]]:
    """(row number, [(column, value)...]) for every `<row>`, as `PlainWorkbook`'s
    ElementTree reader gives them; UnscannableError (before any row it would concern) when
    the sheet leaves this grammar."""
    head, data, prefixes = sheet_head(source)
    checker: XMLPullParser[Any] = XMLPullParser()
    checker.feed(head)  # a damaged head fails here, as it does with ElementTree
    if head.endswith(b"/>"):
        _check_tail(checker, source, data)
        return
    grammar = _Grammar(prefixes)
    match_row, cells_of, find = grammar.row.match, grammar.cell.findall, str.find
    number, pos, text = 0, 0, ""
    while True:
        block = source.read(_BLOCK)
        data += block
        pending = _partial_tail(data) if block else b""
        text = text[pos:] + _decoded(data[:len(data) - len(pending)])
        data, pos, cut_row = pending, 0, False
        while (start := match_row(text, pos)) is not None:
            attributes, empty = start.groups()
            if empty:
                content, pos = "", start.end()
            else:
                close = find(text, "</row>", start.end())
                if close < 0:
                    cut_row = True  # the row goes on in the next block
                    break
                content, pos = text[start.end():close], close + 6
            found = cells_of(content)
            if sum(len(cell[0]) for cell in found) != len(content):
                raise UnscannableError(f"a cell of row {number + 1}")
            number = _row_number_of(attributes, number)
            yield number, _cells(found, grammar, strings, dates, durations)
        rest = text[pos:].lstrip()
        if rest.startswith("</sheetData>"):
            _check_tail(checker, source, rest.encode("utf-8") + data)
            return
        cut = cut_row or (rest.startswith("<row") and ">" not in rest) or any(
            tag.startswith(rest) for tag in ("<row", "</sheetData>"))
        if not block or len(rest) > _HEAD_LIMIT or not cut:
            raise UnscannableError(f"what follows row {number}")


def _cells(found: list[tuple[str, ...]], grammar: _Grammar, strings: list[str],
           dates: set[int], durations: set[int]) -> list[tuple[int, Any]]:
    cells: list[tuple[int, Any]] = []
    column = 0
    columns, seen_dates = _COLUMNS, grammar.seen_dates
    for _all, letters, style, kind, other, formula, value, inline, inline_text in found:
        if other or formula:
            _check_unique(grammar.names.findall(other))
            _check_unique(grammar.names.findall(formula))
        column = (columns.get(letters) or column_number(letters)) if letters else column + 1
        if kind == "inlineStr":
            cells.append((column, _unescaped(inline_text) if inline else None))
        elif not value:
            cells.append((column, None))
        elif not kind or kind == "n":
            if style and dates:
                key = (value, style)  # a date-styled number: the same few thousand dates
                if (day := seen_dates.get(key)) is None:
                    day = seen_dates[key] = number_of(_unescaped(value), style, dates,
                                                      durations)
                cells.append((column, day))
            else:
                cells.append((column, number_of(_unescaped(value), style, dates, durations)))
        elif kind == "s":
            cells.append((column, strings[int(value)]))
        elif kind == "b":
            cells.append((column, bool(int(value))))
        elif kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            cells.append((column, from_ISO8601(_unescaped(value))))
        else:
            cells.append((column, _unescaped(value)))
    return cells


def _row_number_of(attributes: str, previous: int) -> int:
    if not attributes:
        return previous + 1
    pairs = _ROW_ATTR.findall(attributes)
    _check_unique([name for name, _value in pairs])
    found = dict(pairs).get("r")
    return row_number(found) if found else previous + 1


def _check_unique(names: list[str]) -> None:
    if len(set(names)) != len(names):
        raise UnscannableError("a repeated attribute")  # expat refuses it


def _unescaped(text: str) -> str:
    if "&" not in text:
        return text
    parts, last = [], 0
    for entity in _ENTITY.finditer(text):
        if "&" in text[last:entity.start()]:
            raise UnscannableError("an unknown entity")
        name, decimal, hexadecimal = entity.groups()
        parts += [text[last:entity.start()], _NAMED[name] if name else _character(
            int(decimal) if decimal else int(hexadecimal, 16))]
        last = entity.end()
    if "&" in text[last:]:
        raise UnscannableError("an unknown entity")
    return "".join([*parts, text[last:]])


def _character(code: int) -> str:
    if code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or (
            0x10000 <= code <= 0x10FFFF):
        return chr(code)
    raise UnscannableError("a character XML forbids")


def _partial_tail(data: bytes) -> bytes:
    """The bytes of a UTF-8 character cut at the end of `data`, if any."""
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte < 0x80:
            return b""
        if byte >= 0xC0:  # a lead byte: is its character complete?
            needed = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return data[-back:] if needed > back else b""
    return b""


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UnscannableError("not UTF-8") from None


def _check_tail(checker: XMLPullParser[Any], source: IO[bytes], data: bytes) -> None:
    """Parse what follows the rows (from `</sheetData>`) with expat, after the head."""
    checker.feed(data)
    while block := source.read(_BLOCK):
        checker.feed(block)
    checker.close()
