"""Berjasa's user interfaces: the Qt desktop application and the `berjasa-admin` console."""
