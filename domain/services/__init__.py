"""Application services: one thin method per command, plain values in and out."""
