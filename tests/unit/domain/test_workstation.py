"""The workstation events record: the configured name, else the host's."""

from __future__ import annotations

import socket

import pytest

from domain.services.session import this_workstation


def test_the_configured_workstation_name_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERJASA_WORKSTATION", "loket-02")
    assert this_workstation() == "loket-02"


def test_otherwise_the_host_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BERJASA_WORKSTATION", raising=False)
    assert this_workstation() == (socket.gethostname() or "tidak-diketahui")
