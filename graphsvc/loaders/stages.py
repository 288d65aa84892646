"""The stages an import moves through and the progress callback that follows them.

Apart from :mod:`graphsvc.loaders.workbook` (which reads with pandas), so that a command
line can show the stages without importing the readers.
"""

from __future__ import annotations

from collections.abc import Callable

#: progress(stage, done, total): called as an import moves through its stages.
Progress = Callable[[str, int, int], None]
STAGES = ("reading", "validating", "checking references", "writing")
