"""`python -m projections STORE_URL [--batch N] [--follow]`: a headless projection runner.

Catches the store's live read models up with its log (or keeps following it with
`--follow`) and prints the position reached. Used by the crash-recovery tests and by an
office that wants read models kept warm on a server without a desktop open.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from berjasa.bootstrap import open_store
from domain.errors import BerjasaError
from projections.live import open_read_models


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m projections")
    parser.add_argument("store", help="sqlite:///BERKAS, postgresql://..., memory:")
    parser.add_argument("--batch", type=int, default=0, help="peristiwa per transaksi")
    parser.add_argument("--follow", action="store_true", help="terus ikuti log sampai Ctrl+C")
    args = parser.parse_args(argv)
    try:
        app = open_store(args.store)
    except BerjasaError as error:
        print(f"projections: {error.message()}", file=sys.stderr)
        return 1
    models = open_read_models(app.application)
    if args.batch > 0:  # every transaction, near the head or far behind it
        models.runner.batch_size = models.runner.bulk_batch = args.batch
    try:
        if args.follow:
            models.start()
            models.add_listener(lambda position: print(f"position {position}", flush=True))
            while models.is_running():
                models.wait_for(models.head() + 1, timeout=60.0)
        models.catch_up()
        print(f"caught-up {models.position()}", flush=True)
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        models.close()
        app.close()


if __name__ == "__main__":
    sys.exit(main())
