"""The session-wide Neo4j for tests: GRAPHSVC_TEST_NEO4J_URI, or one the dev server script starts.

Without GRAPHSVC_TEST_NEO4J_URI and with ``java`` on the PATH, the first test that asks for
``neo4j_uri`` starts the dev server once for the whole session (under pytest-xdist: once per
worker, so that each worker clears its own database) and stops it at the end. If it cannot
start, the Neo4j tests are skipped with the reason, or fail when GRAPHSVC_REQUIRE_NEO4J=1 (CI).
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "neo4j-dev-server"
#: Seconds to wait for the bolt:// line; the first run may build and download ~150 MB.
START_TIMEOUT = float(os.environ.get("GRAPHSVC_TEST_NEO4J_START_TIMEOUT", "600"))


class DevServerError(Exception):
    """The dev server did not print its bolt:// line."""


class DevServer:
    """A running ``scripts/neo4j-dev-server``: its Bolt URI, import folder and log file."""

    def __init__(
        self,
        log_path: Path,
        *args: str,
        timeout: float = START_TIMEOUT,
        command: list[str] | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.log_path = log_path
        self.uri = ""
        self.import_dir: Path | None = None
        self._log = open(log_path, "wb")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [*(command or [sys.executable, str(SCRIPT)]), *args],
            stdin=subprocess.PIPE,
            env=env,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read_stdout, daemon=True).start()
        try:
            self._wait_for_uri(timeout)
        except DevServerError:
            self.stop()
            raise

    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def _wait_for_uri(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not self.uri or self.import_dir is None:
            remaining = deadline - time.monotonic()
            try:
                line = self._lines.get(timeout=max(remaining, 0.01))
            except queue.Empty:
                raise DevServerError(f"no bolt:// line within {timeout:.0f}s") from None
            if line is None:
                raise DevServerError(f"exited with code {self.process.wait()} before it was ready")
            if line.startswith("bolt://"):
                self.uri = line
            elif line.startswith("import-dir: "):
                self.import_dir = Path(line.removeprefix("import-dir: "))

    def log_tail(self, chars: int = 4000) -> str:
        """The end of the server's log (its stderr, with the Neo4j log on failure)."""
        self._log.flush()
        return self.log_path.read_text(errors="replace")[-chars:]

    def stop(self, timeout: float = 240.0) -> int:
        """Close its stdin (the script then stops Neo4j and removes its folder); its exit code."""
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
        return self.process.returncode


def give_up(reason: str) -> None:
    """Fail (GRAPHSVC_REQUIRE_NEO4J=1) or skip, naming the reason."""
    if os.environ.get("GRAPHSVC_REQUIRE_NEO4J") == "1":
        pytest.fail(f"GRAPHSVC_REQUIRE_NEO4J=1 but no Neo4j: {reason}", pytrace=False)
    pytest.skip(f"no Neo4j: {reason} (set GRAPHSVC_TEST_NEO4J_URI to use a running one)")


@pytest.fixture(scope="session")
def neo4j_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The Bolt URI of a real Neo4j: GRAPHSVC_TEST_NEO4J_URI, or one started by the script."""
    uri = os.environ.get("GRAPHSVC_TEST_NEO4J_URI")
    if uri:
        yield uri
        return
    if shutil.which("java") is None:
        give_up("java is not on the PATH, so scripts/neo4j-dev-server cannot run")
    log_path = tmp_path_factory.mktemp("neo4j") / "neo4j-dev-server.log"
    try:
        server = DevServer(log_path)
    except (DevServerError, OSError) as e:
        tail = log_path.read_text(errors="replace")[-4000:] if log_path.exists() else ""
        give_up(f"scripts/neo4j-dev-server failed: {e}\n{tail}")
        raise  # unreachable: give_up raises
    try:
        yield server.uri
    finally:
        server.stop()
