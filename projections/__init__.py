"""Read models built from the event log, their runner, and point-in-time replay."""
