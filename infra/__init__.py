"""Infrastructure behind the domain: event-store recorders with a hash chain, store
metadata and encryption keys, tamper verification, backup and restore.

The bootstrap (`berjasa.bootstrap`) wires this package into the application; nothing in
`domain/` depends on it otherwise. It holds the only SQL the application writes itself.
"""

# The texts of the errors raised here, registered before any of them can be raised.
import infra.messages  # noqa: F401
