"""Reading a project's files the way detection does: bounded, never blocking, problems reported."""

from __future__ import annotations

import stat
from pathlib import Path

MAX_FILE_BYTES = 1_000_000


def read_text(root: Path, rel: str, problems: list[str]) -> str | None:
    path = root / rel
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            problems.append(f"{rel}: not a regular file, not read")
            return None
        if info.st_size > MAX_FILE_BYTES:
            problems.append(f"{rel}: larger than {MAX_FILE_BYTES // 1000} kB, not read")
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        problems.append(f"{rel}: unreadable ({exc.strerror})")
        return None


def depth(rel: str) -> int:
    parts = rel.split("/")
    return len(parts) - 1 - (1 if parts[0] == "src" else 0)
