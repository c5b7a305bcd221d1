"""Translation files (.ts sources, compiled .qm) shipped as package data."""
