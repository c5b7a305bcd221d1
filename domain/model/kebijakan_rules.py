"""The regulation kinds and keys of the policy facts, without the `Kebijakan` aggregate
(whose event classes eventsourcing builds as dataclasses at import): a plain module the
read models, reports and forms use, re-exported by `domain.model.kebijakan`."""

from __future__ import annotations

# National legal basis first (laws and regulations of the central government), then the
# city's own; `regulation_level` tells them apart for the dossier.
NATIONAL_KINDS = ("UU", "PP", "Perpres", "Inpres", "Permenaker", "Permendagri")
LOCAL_KINDS = ("Perda", "Perwali", "SK", "SE")
REGULATION_KINDS = (*LOCAL_KINDS, "Lainnya", *NATIONAL_KINDS)
REGULATION_STATUSES = ("berlaku", "rancangan", "dicabut")
POLICY_KEY = "kebijakan"


def regulation_key(kind: str, number: str) -> str:
    return f"{kind} {' '.join(number.upper().split())}"


def regulation_level(kind: str) -> str:
    """"nasional" for a law or regulation of the central government, else "daerah"."""
    return "nasional" if kind in NATIONAL_KINDS else "daerah"
