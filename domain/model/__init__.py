"""Aggregates. Their module paths are part of stored event topics: never move them."""
