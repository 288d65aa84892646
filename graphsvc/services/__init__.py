"""Use cases shared by the CLI and the API; every function returns JSON-ready data."""
