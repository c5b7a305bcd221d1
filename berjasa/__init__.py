"""The composition root: what assembles the domain, the infrastructure and the read models.

Nothing below this package (`domain`, `projections`, `reports`, `importer`, `infra`)
imports it; the desktop, the console and the entry points open stores through it.
"""
