"""Web UI tests: pages over a real server, in Debian's headless Chromium."""
