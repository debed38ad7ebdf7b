"""The terminal faces of the monitor: ``trainerd monitor`` output and the live ``trainerd watch`` view.

``trainerd watch SESSION`` follows a session like ``tail -f`` with the same supervisor the daemon runs:
the latest metrics, a loss / throughput chart (block characters), flags and crashes as they happen, and keys to
stop the run (``s``, confirmed) or open the log (``o``, in ``$PAGER``). Without a terminal (or with
``--json``) it prints each event as one JSON line and returns when the run ends.
"""

from __future__ import annotations

import json
import os
import queue
import select
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from trainerd.monitor import MonitorSettings

_SEVERITY = {"error": "red", "warning": "yellow", "info": "cyan"}
_SHOWN = (
    ("loss", "loss"),
    ("eval_loss", "val loss"),
    ("grad_norm", "grad norm"),
    ("lr", "lr"),
    ("epoch", "epoch"),
)


def print_monitor(con: Console, result: Any, crash: dict | None = None) -> None:
    """``trainerd monitor``: the summary, each flag with what it cites, the crash if any."""
    con.print(f"[bold]{escape(result.summary)}[/bold]")
    for flag in result.flags:
        cites = ", ".join(str(c.get("line")) for c in flag.cites[:6] if c.get("line") is not None)
        src = {str(c.get("source")) for c in flag.cites if c.get("line") is None}
        where = f"log lines {cites}" if cites else ", ".join(sorted(s for s in src if s))
        color = _SEVERITY.get(flag.severity, "yellow")
        con.print(
            f"[{color}]{flag.kind}[/{color}] ({flag.severity}): {escape(flag.message)}  [dim]{escape(where)}[/dim]"
        )
    if crash:
        con.print(f"[red]crash[/red] (log line {crash.get('line')}): {escape(crash.get('message', ''))}")


def print_session_metrics(con: Console, metrics: Any) -> None:
    """``trainerd monitor SESSION``: the session's state, latest metrics, flags and crash."""
    con.print(render(metrics, [], _log_tail(metrics.log_path), con.width))


def print_open_flags(con: Console, rows: list[tuple[str, list[dict]]]) -> None:
    """``trainerd sessions``: the open flags of each session that has some."""
    rows = [(name, flags) for name, flags in rows if flags]
    if not rows:
        return
    table = Table(title="Open flags", show_lines=False)
    table.add_column("session")
    table.add_column("flag")
    table.add_column("message", overflow="fold")
    for name, flags in rows:
        for flag in flags:
            table.add_row(name, flag["kind"], flag["message"][:300])
    con.print(table)


_BLOCKS = " ▁▂▃▄▅▆▇█"


def _chart(points: list, title: str, width: int, height: int) -> Text:
    """A bar chart of the series in block characters: one column per bucket of steps, ``height`` rows."""
    finite = [(s, v) for s, v in points if v is not None]
    if len(finite) < 2:
        return Text(f"{title}: waiting for data", style="dim")
    width = max(10, width - 10)
    buckets: list[list[float]] = [[] for _ in range(min(width, len(finite)))]
    first, last = finite[0][0], finite[-1][0]
    span = max(1, last - first)
    for step, value in finite:
        buckets[min(len(buckets) - 1, int((step - first) / span * len(buckets)))].append(value)
    means = [sum(b) / len(b) if b else None for b in buckets]
    known = [m for m in means if m is not None]
    low, high = min(known), max(known)
    scale = (high - low) or 1.0
    rows = []
    for row in range(height - 1, -1, -1):
        cells = []
        for m in means:
            level = 0 if m is None else (m - low) / scale * (height - 1) + 1 - row  # the minimum: one row
            cells.append(_BLOCKS[max(0, min(8, round(level * 8)))])
        label = f"{high:.3g}" if row == height - 1 else f"{low:.3g}" if row == 0 else ""
        rows.append(f"{label:>9} {''.join(cells)}")
    rows.append(f"{'':>9} step {first} .. {last}")
    return Text(f"{title}\n" + "\n".join(rows), style="cyan")


def render(metrics: Any, events: list[Any], log_tail: list[str], width: int = 100) -> Group:
    """One frame of the live view from a :class:`~trainerd.training.supervisor.SessionMetrics`."""
    head = Text.assemble(
        (metrics.name, "bold"), "  ", (metrics.state, "green" if metrics.state == "running" else "yellow")
    )
    latest = Table.grid(padding=(0, 2))
    row = []
    for key, label in _SHOWN:
        values = metrics.series.get({"lr": "learning_rate"}.get(key, key))
        if values:
            step, value = values[-1]
            row.append(f"[dim]{label}[/dim] {'nan' if value is None else f'{value:.4g}'}")
    if metrics.series.get("throughput"):
        value = metrics.series["throughput"][-1][1]
        row.append(f"[dim]throughput[/dim] {value:.3g} {metrics.units.get('throughput', '')}")
    if metrics.series.get("loss"):
        row.insert(0, f"[dim]step[/dim] {metrics.series['loss'][-1][0]}")
    for _ in row:
        latest.add_column()
    if row:
        latest.add_row(*row)
    charts = Table.grid(padding=(0, 1))
    half = max(30, (width - 4) // 2)
    charts.add_column()
    charts.add_column()
    charts.add_row(
        _chart(metrics.series.get("loss", []), "loss", half, 12),
        _chart(
            metrics.series.get("throughput", []),
            f"throughput {metrics.units.get('throughput', '')}",
            half,
            12,
        ),
    )
    lines = []
    for flag in metrics.flags:
        color = _SEVERITY.get(flag.get("severity", "warning"), "yellow")
        lines.append(Text.assemble((f"{flag['kind']}: ", color), flag["message"]))
    if metrics.crash:
        lines.append(
            Text.assemble(("crash: ", "red"), f"line {metrics.crash['line']}: {metrics.crash['message']}")
        )
    for event in events[-3:]:
        if event.kind in ("exited", "killed", "lost"):
            lines.append(Text.assemble((f"{event.kind}: ", "bold"), event.message))
    flags = Panel(
        Group(*lines) if lines else Text("no flags", style="dim"), title="flags", border_style="yellow"
    )
    log = Panel(Text("\n".join(log_tail[-8:])), title=f"{metrics.log_path}", border_style="dim")
    keys = Text("s: stop the run   o: open the log   q: quit (the run goes on)", style="dim")
    return Group(head, latest, charts, flags, log, keys)


def _log_tail(path: str, lines: int = 8) -> list[str]:
    from trainerd.monitor.parse import clean

    try:
        with open(path, "rb") as fh:
            fh.seek(max(0, fh.seek(0, os.SEEK_END) - 16384))
            data = fh.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    out = []
    for line in data.split("\n")[-lines - 1 :]:
        text = clean(line.rsplit("\r", 1)[-1]) if line.strip("\r") else ""
        out.append(text if text or not line else clean(line))
    return [line for line in out if line][-lines:]


def watch(
    root: Path,
    name: str,
    con: Console,
    settings: MonitorSettings | None = None,
    as_json: bool = False,
    refresh: float = 0.5,
) -> int:
    """Follow session ``name`` until it ends (or ``q``); 0 when it ended cleanly, 1 otherwise."""
    from trainerd.training import sessions
    from trainerd.training.supervisor import SessionSupervisor
    from trainerd.training.watch import SessionEvent

    record = sessions.get_session(root, name)
    directory = Path(record.session_dir).resolve()
    supervisor = SessionSupervisor([root], settings=lambda: settings or MonitorSettings())
    events: queue.Queue = queue.Queue()

    def listen(obj: Any) -> None:
        if isinstance(obj, SessionEvent) and Path(obj.session_dir).resolve() == directory:
            events.put(obj)

    supervisor.add_listener(listen)
    supervisor.start()
    supervisor.ready.wait(30)
    state = record.state
    try:
        if as_json or not (sys.stdin.isatty() and sys.stdout.isatty()):
            return _stream(supervisor, root, name, events, state)
        return _live(supervisor, root, name, events, con, refresh)
    finally:
        supervisor.stop()


def _ended(event: Any) -> bool:
    return event.kind in ("exited", "killed", "lost")


def _stream(supervisor: Any, root: Path, name: str, events: queue.Queue, state: str) -> int:
    """One JSON line per event; returns when the session has ended and its log is read."""
    sys.stdout.write(json.dumps({"kind": "watching", "session": name, "state": state}) + "\n")
    sys.stdout.flush()
    last = None
    while True:
        if state != "running" and events.empty():
            metrics = supervisor.metrics(root, name)
            sys.stdout.write(json.dumps({"kind": "metrics", **attrs.asdict(metrics)}) + "\n")
            sys.stdout.flush()
            return 0 if (last is None or (last.exit_code in (0, None) and last.kind != "lost")) else 1
        try:
            event = events.get(timeout=0.5)
        except queue.Empty:
            continue
        sys.stdout.write(json.dumps(attrs.asdict(event), default=str) + "\n")
        sys.stdout.flush()
        if _ended(event):
            last, state = event, event.state or event.kind
            _drain(supervisor, Path(event.session_dir))


def _drain(supervisor: Any, directory: Path, timeout: float = 5.0) -> None:
    """Wait (bounded) until the supervisor has read the log to its end."""
    tail = supervisor.tails.get(directory.resolve())
    deadline = time.monotonic() + timeout
    while tail is not None and tail.more() and time.monotonic() < deadline:
        time.sleep(0.02)


def _live(supervisor: Any, root: Path, name: str, events: queue.Queue, con: Console, refresh: float) -> int:
    import termios
    import tty

    from rich.live import Live

    seen: list[Any] = []
    fd = sys.stdin.fileno()
    old = termios.tcgetattr(fd)
    code = 0
    try:
        tty.setcbreak(fd)
        with Live(console=con, refresh_per_second=4, screen=False) as live:
            while True:
                while not events.empty():
                    seen.append(events.get())
                metrics = supervisor.metrics(root, name)
                live.update(render(metrics, seen, _log_tail(metrics.log_path), con.width))
                if any(_ended(e) for e in seen):
                    last = [e for e in seen if _ended(e)][-1]
                    code = 0 if last.exit_code in (0, None) and last.kind != "lost" else 1
                    break
                ready, _, _ = select.select([sys.stdin], [], [], refresh)
                if not ready:
                    continue
                key = sys.stdin.read(1)
                if key == "q":
                    break
                if key == "o":
                    live.stop()
                    pager = os.environ.get("PAGER", "less")
                    subprocess.call([*shlex.split(pager), metrics.log_path])
                    live.start()
                if key == "s":
                    live.stop()
                    answer = con.input(f"Stop [bold]{name}[/bold] (interrupt, then kill after 10 s)? [y/N] ")
                    if answer.strip().lower() in ("y", "yes"):
                        from trainerd.training import sessions

                        record = supervisor.exclusive(sessions.stop)(root, name, grace_seconds=10.0)
                        supervisor.emit_state(record.state, record)
                    live.start()
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)
    return code
