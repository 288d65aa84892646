"""No query text in the package is built from strings inside a function.

Query text (SQL or Cypher) may only be a literal or a named constant; labels and
relationship types reach it only through module-level tables built from the
model's enums. This test fails on an f-string, ``%``, ``+`` or ``.format`` passed
as the query to any database call.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "graphsvc"
QUERY_CALLS = {"execute", "executemany", "executescript", "run", "execute_query", "query"}


def built_query_calls(tree: ast.AST) -> list[int]:
    """Line numbers of database calls whose query argument is assembled from strings."""
    lines = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in QUERY_CALLS or not node.args:
            continue
        query = node.args[0]
        assembled = isinstance(query, ast.JoinedStr | ast.BinOp) or (
            isinstance(query, ast.Call)
            and isinstance(query.func, ast.Attribute)
            and query.func.attr in {"format", "join", "replace"}
        )
        if assembled:
            lines.append(node.lineno)
    return lines


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_no_query_is_built_from_strings(path):
    assert built_query_calls(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_check_catches_built_queries():
    bad = "def f(conn, x):\n    conn.execute(f'SELECT {x}')\n    tx.run('MATCH ' + x)\n"
    assert built_query_calls(ast.parse(bad)) == [2, 3]
