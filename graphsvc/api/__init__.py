"""The HTTP API and web UI: FastAPI app factory, sign-in, problems, limits, routes."""
