"""Progress on long builds: one line per stage with counts, redrawn in place on a terminal;
silent when stderr is not a terminal or under CI, so logs stay clean."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.live = stream.isatty() and not os.environ.get("CI")
        self.timings: dict[str, float] = {}
        self._stage = ""
        self._started = 0.0
        self._drawn = 0.0

    def stage(self, name: str) -> None:
        """Close the previous stage and start timing the next one."""
        self._finish()
        self._stage, self._started = name, time.perf_counter()

    def count(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if self.live and (now - self._drawn > 0.1 or done == total):
            self._drawn = now
            width = 24
            filled = width * done // max(total, 1)
            self.stream.write(f"\r{self._stage:<8} [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}")
            self.stream.flush()

    def _finish(self) -> None:
        if self._stage:
            self.timings[self._stage] = time.perf_counter() - self._started
            if self.live:
                self.stream.write("\r\033[K")
                self.stream.flush()

    def close(self) -> dict[str, float]:
        self._finish()
        self._stage = ""
        return self.timings
