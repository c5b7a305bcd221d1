"""Infrastructure behind the domain: event-store recorders with a hash chain, store
metadata and encryption keys, tamper verification, backup and restore.

`domain/store.py` (the composition root) imports this package lazily; nothing in
`domain/` depends on it otherwise. It holds the only SQL the application writes itself.
"""
