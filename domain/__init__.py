"""Berjasa's domain: aggregates, events, rules and application services.

Imports only the standard library and eventsourcing: no Qt, no reportlab, no SQL.
"""
