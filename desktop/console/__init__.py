"""`berjasa-admin`: the headless console for administrators, scripts and auditors."""

# The texts of the console's own refusals, registered before any of them can be raised.
import desktop.console.messages  # noqa: F401
