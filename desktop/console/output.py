"""Printing results: exactly one JSON object with `--json`, readable text otherwise."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO


def print_json(obj: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    out.write(json.dumps(obj, ensure_ascii=False, sort_keys=False, default=str) + "\n")
    out.flush()


def print_text(obj: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    if isinstance(obj, dict) and len(obj) == 1 and isinstance(next(iter(obj.values())), list):
        obj = next(iter(obj.values()))
    if isinstance(obj, list):
        out.write(format_table(obj) + "\n")
    elif isinstance(obj, dict):
        width = max((len(str(k)) for k in obj), default=0)
        for key, value in obj.items():
            out.write(f"{str(key).ljust(width)}  {_cell(value)}\n")
    elif obj is not None:
        out.write(f"{obj}\n")
    out.flush()


def format_table(rows: list[Any]) -> str:
    if not rows:
        return "(kosong)"
    if not all(isinstance(r, dict) for r in rows):
        return "\n".join(_cell(r) for r in rows)
    columns = list(dict.fromkeys(k for row in rows for k in row))
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return (
            ", ".join(_cell(v) for v in value)
            if value and not isinstance(value[0], dict)
            else f"[{len(value)}]"
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)
