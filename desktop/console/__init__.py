"""`berjasa-admin`: the headless console for administrators, scripts and auditors."""
