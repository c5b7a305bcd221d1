"""PDF reports built from the read models: the Paritrana dossier and five listings."""
