"""What the read models and the history know of index events without loading the
`Indeks` aggregate (whose event classes eventsourcing builds as dataclasses at import):
a plain module, re-exported by `domain.model.indeks`."""

from __future__ import annotations

# What a command recorded just before a stamp-less (version 1) index event, in the same
# save: the worker's own stamped event (or the index event before it), whose stamp is
# the index event's (the audit trail's and the history's rule alike).
INDEX_COMMAND_EVENTS: dict[str, tuple[str, ...]] = {
    "Indeks.Indexed": ("Peserta.Registered", "Peserta.Enrolled", "Peserta.DetailsCorrected",
                       "Peserta.KpjAssigned"),
    "Indeks.Reassigned": ("Peserta.Registered", "Peserta.Enrolled", "Peserta.DetailsCorrected",
                          "Peserta.KpjAssigned"),
    "Indeks.Released": ("Peserta.DetailsCorrected", "Peserta.KpjAssigned", "Indeks.Indexed",
                        "Indeks.Reassigned"),
}
