"""Read models built from the event log, their runner, and point-in-time replay.

Public entry points:
- `open_read_models(app) -> LiveReadModels` — the live read models of a store (queries of
  `projections.api.ReadModels` plus `catch_up`, `start`/`stop`, `add_listener`, `wait_for`,
  `rebuild`, `status`, `close`);
- `replay_as_of(app, moment) -> ReplayedReadModels` — temporary read models of what was
  recorded at or before `moment`.
"""

from projections.live import LiveReadModels, open_read_models
from projections.replay import ReplayedReadModels, coverage_day, replay_as_of, replay_through

__all__ = ["LiveReadModels", "ReplayedReadModels", "coverage_day", "open_read_models",
           "replay_as_of", "replay_through"]
