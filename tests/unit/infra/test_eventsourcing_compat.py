"""eventsourcing's private members the project relies on are still what they were.

Fails on an eventsourcing upgrade that changes one (or the pinned version): read the new
code of each member named, adapt the overrides in infra/, then record the new
fingerprints in `infra.eventsourcing_compat.PRIVATE_MEMBERS`.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from eventsourcing.popo import POPOApplicationRecorder
from eventsourcing.sqlite import SQLiteDatastore

from infra import eventsourcing_compat as es
from infra.eventsourcing_compat import PRIVATE_MEMBERS, Member, fingerprint

ROOT = Path(__file__).resolve().parents[3]
PACKAGES = ("berjasa", "domain", "infra", "projections", "reports", "billing", "importer",
            "desktop")


def test_the_installed_version_is_the_tested_and_pinned_one() -> None:
    assert version("eventsourcing") == es.TESTED_VERSION
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in pyproject["project"]["dependencies"] if d.startswith("eventsourcing")]
    assert pins == [f"eventsourcing[postgres,cryptography]=={es.TESTED_VERSION}"]


@pytest.mark.parametrize("member", [m for m in PRIVATE_MEMBERS if m.fingerprint],
                         ids=lambda m: m.label)
def test_each_method_relied_on_is_unchanged(member: Member) -> None:
    assert callable(getattr(member.owner, member.name, None)), member.label
    assert fingerprint(member) == member.fingerprint, member.label


def test_each_attribute_relied_on_exists() -> None:
    recorder = POPOApplicationRecorder()
    datastore = SQLiteDatastore(":memory:")
    try:
        with datastore.get_connection(commit=False) as connection:
            instances = {"SQLiteConnection": connection, "POPOAggregateRecorder": recorder}
            for member in (m for m in PRIVATE_MEMBERS if not m.fingerprint):
                owner = instances[member.owner.__name__]
                assert isinstance(owner, member.owner)
                assert hasattr(owner, member.name), member.label
            with es.popo_lock(recorder):
                assert es.popo_stored_events(recorder) == []
            assert tuple(es.sqlite_connection(connection).execute("SELECT 1").fetchone()) == (1,)
    finally:
        datastore.close()


def test_no_other_module_touches_them() -> None:
    """Private members are read and called only in infra/eventsourcing_compat.py; a
    private method is overridden only where `PRIVATE_MEMBERS` says. (Modules that do not
    import eventsourcing are left out: their `_record` is their own.)"""
    names = {m.name for m in PRIVATE_MEMBERS if m.name.startswith("_")}
    used = re.compile(r"(?<!super\(\))\.(" + "|".join(sorted(names)) + r")\b(?!\s*=)")
    defined = re.compile(r"def (" + "|".join(sorted(names)) + r")\(")
    overriders = {m.name: m.used_by for m in PRIVATE_MEMBERS}
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            text = path.read_text(encoding="utf-8")
            if module == "infra.eventsourcing_compat" or "eventsourcing" not in text:
                continue
            for number, line in enumerate(text.splitlines(), 1):
                code = line.split("#", 1)[0]
                if used.search(code) and not code.lstrip().startswith(('"', "`")):
                    found.append(f"{module}:{number}: {line.strip()}")
                for name in defined.findall(code):
                    if module not in overriders[name]:
                        found.append(f"{module}:{number}: overrides {name}")
    assert found == []
