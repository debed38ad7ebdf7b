"""Live diagnostics latency: from a traceback's last line written to a session's output.log to the
diagnostic published.

    python bench/triage_latency.py [--n 30]

Two measurements: (a) in process, to the watcher's triage callback (inotify + monitor + triage);
(b) end to end through a real ``trainerd serve`` over stdio, to the ``textDocument/publishDiagnostics``
notification the client reads.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TRACEBACK = """Traceback (most recent call last):
  File "{root}/train.py", line 7, in <module>
    main()
  File "{root}/train.py", line 4, in main
    open("data/shard-{i}.bin")
"""
LAST = "FileNotFoundError: [Errno 2] No such file or directory: 'data/shard-{i}.bin'\n"


def make_project(tmp: Path) -> tuple[Path, Path]:
    root = tmp / "proj"
    root.mkdir()
    (root / "train.py").write_text("import os\n\ndef main():\n    open('data/x')\n\n\nmain()\n")
    session = root / ".trainer-workspace" / "training" / "trainer-train-bench"
    session.mkdir(parents=True)
    (session / "session.json").write_text(
        json.dumps(
            {
                "name": session.name,
                "command": "python train.py",
                "cwd": str(root),
                "state": "running",
                "log_path": str(session / "output.log"),
                "restarts": [],
            }
        )
    )
    (session / "output.log").write_text("")
    return root, session


PREFILL = 0  # metric/progress lines written before each traceback (--prefill)


def write_traceback(log: Path, root: Path, n: int) -> float:
    i = "".join(chr(97 + (n // 26**k) % 26) for k in range(3))  # distinct names: distinct error signatures
    if PREFILL:
        with open(log, "a") as fh:
            fh.write(
                "".join(
                    f"{{'loss': 0.5, 'grad_norm': 0.1, 'epoch': {k}}}\n  5%|#   | {k}/9000 [00:10<01:00,  4.5it/s]\r"
                    for k in range(PREFILL)
                )
                + "\n"
            )
        time.sleep(1.0)  # let the watcher read the training output first (bench only)
    with open(log, "a") as fh:
        fh.write("{'loss': 0.5, 'grad_norm': 0.1}\n" + TRACEBACK.format(root=root, i=i))
        fh.flush()
        t0 = time.perf_counter()
        fh.write(LAST.format(i=i))
        fh.flush()
    return t0


def summary(name: str, values: list[float]) -> None:
    values = sorted(values)
    p95 = values[max(0, int(len(values) * 0.95) - 1)]
    print(
        f"{name}: n={len(values)} median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms, max {values[-1]:.1f} ms"
    )


def in_process(n: int) -> list[float]:
    from trainerd.monitor import MonitorSettings
    from trainerd.training.supervisor import SessionSupervisor
    from trainerd.training.watch import TriageUpdate

    with tempfile.TemporaryDirectory() as tmp:
        root, session = make_project(Path(tmp))
        published: queue.Queue = queue.Queue()
        watcher = SessionSupervisor([root], settings=MonitorSettings, registry=False)
        watcher.add_listener(
            lambda obj: (
                published.put((time.perf_counter(), len(obj.results)))
                if isinstance(obj, TriageUpdate)
                else None
            )
        )
        watcher.start()
        watcher.ready.wait(10)
        out = []
        for i in range(n):
            t0 = write_traceback(session / "output.log", root, i)
            while True:
                t1, count = published.get(timeout=10)
                if count == i + 1:
                    break
            out.append((t1 - t0) * 1000)
        watcher.stop()
        return out


class Client:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "trainerd", "serve", "--log-level", "warning"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.messages: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.ids = 0

    def _read(self) -> None:
        out = self.proc.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                ch = out.read(1)
                if not ch:
                    return
                header += ch
            length = int(header.split(b"Content-Length: ")[1].split(b"\r\n")[0])
            body = json.loads(out.read(length))
            self.messages.put((time.perf_counter(), body))

    def send(self, message: dict) -> None:
        data = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def request(self, method: str, params: dict) -> dict:
        self.ids += 1
        self.send({"jsonrpc": "2.0", "id": self.ids, "method": method, "params": params})
        while True:
            _, msg = self.messages.get(timeout=60)
            if msg.get("id") == self.ids and "method" not in msg:
                return msg


def over_lsp(n: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        root, session = make_project(Path(tmp))
        client = Client()
        uri = root.as_uri()
        client.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": uri,
                "capabilities": {},
                "workspaceFolders": [{"uri": uri, "name": "proj"}],
            },
        )
        client.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
        time.sleep(2.0)  # let the log watcher attach (bench only)
        target = (root / "train.py").as_uri()
        out = []
        for i in range(n):
            t0 = write_traceback(session / "output.log", root, i)
            while True:
                t1, msg = client.messages.get(timeout=30)
                if msg.get("method") == "textDocument/publishDiagnostics" and msg["params"]["uri"] == target:
                    if len(msg["params"]["diagnostics"]) == i + 1:
                        break
            out.append((t1 - t0) * 1000)
        client.request("shutdown", {})
        client.send({"jsonrpc": "2.0", "method": "exit"})
        client.proc.wait(10)
        return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--prefill", type=int, default=0, help="training-output lines before each traceback")
    args = ap.parse_args()
    global PREFILL
    PREFILL = args.prefill
    summary("in process (inotify -> triage callback)", in_process(args.n))
    summary("end to end (log write -> publishDiagnostics read by the client)", over_lsp(args.n))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
