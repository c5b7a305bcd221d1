"""Money out: the monthly bill, its export, and reconciling BPJS's invoice with it."""
