"""A short fingerprint of a report's input figures, printed in every page's footer.

Two documents with the same fingerprint were made from the same figures; anyone can
regenerate the document from the store with the parameters and as-of moment stated.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

FINGERPRINT_DIGITS = 12


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same figures always give the same text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str)


def fingerprint(value: Any) -> str:
    """The first 12 hex digits of the SHA-256 of `value`'s canonical JSON."""
    digest = hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()
    return digest[:FINGERPRINT_DIGITS]
