"""Benchmark: runs in the editor (issue 7).

1. Time from sending ``trainer/optimize`` to the first ``$/progress`` for its token (goal <= 200 ms),
   and to the request's answer.
2. Event-loop latency while a run is active: ``textDocument/codeLens`` on the target, sent every
   50 ms while the worker imports opto and runs the tests (goal: every answer within 50 ms).

Drives the real daemon (``python -m trainerd serve``) over stdio with a plain pygls client, on a
copy of ``examples/buggy_median`` with the review checkpoint written and the ``manual`` model (the
run goes through worker start, the determinism check and an evaluation, then stops at the
follow-up: the busy part of a run, without a model).

    python bench/editor_runs.py [--runs 6]

The first run of the fresh daemon is reported on its own (it pays for importing the services); the
others open their document and let its lenses load first, as an editor does before the click.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parent.parent
FINAL = {"blocked", "followup_needed", "written_back", "conflict", "cancelled", "failed", "done"}


def field(params: Any, name: str) -> Any:
    return params.get(name) if isinstance(params, dict) else getattr(params, name, None)


class Bench:
    def __init__(self) -> None:
        self.client = LanguageClient("trainerd-bench", "1")
        self.first_progress: dict[str, float] = {}
        self.updates: list[Any] = []
        self.changed = asyncio.Event()

        @self.client.feature(types.WINDOW_WORK_DONE_PROGRESS_CREATE)
        def create(ls: Any, params: types.WorkDoneProgressCreateParams) -> None:
            return None

        @self.client.feature(types.PROGRESS)
        def progress(ls: Any, params: types.ProgressParams) -> None:
            self.first_progress.setdefault(str(params.token), time.perf_counter())

        @self.client.feature("trainer/runUpdated")
        def updated(ls: Any, params: Any) -> None:
            self.updates.append(params)
            self.changed.set()

        for method in (
            types.WINDOW_LOG_MESSAGE,
            types.WINDOW_SHOW_MESSAGE,
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS,
        ):
            self.client.feature(method)(lambda ls, params: None)

    async def wait_final(self, run_id: str, timeout: float = 120) -> str:
        async def scan() -> str:
            while True:
                for u in self.updates:
                    if field(u, "runId") == run_id and field(u, "state") in FINAL:
                        return field(u, "state")
                self.changed.clear()
                await self.changed.wait()

        return await asyncio.wait_for(scan(), timeout)


def project(root: Path, n: int) -> Path:
    dest = root / f"median-{n}"
    shutil.copytree(
        REPO / "examples" / "buggy_median", dest, ignore=shutil.ignore_patterns(".trainer-workspace")
    )
    (dest / ".git").mkdir()
    from trainerd.workspace import service

    service.create_review(str(dest / "stats.py"), "median", "pytest -q tests")
    return dest


async def main(runs: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="trainerd-bench-"))
    projects = [project(tmp, n) for n in range(runs)]
    bench = Bench()
    await bench.client.start_io(sys.executable, "-m", "trainerd", "serve", "--log-level", "warning")
    caps = types.ClientCapabilities(
        window=types.WindowClientCapabilities(work_done_progress=True),
        workspace=types.WorkspaceClientCapabilities(apply_edit=True),
    )
    await bench.client.initialize_async(
        types.InitializeParams(
            capabilities=caps,
            root_uri=tmp.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=tmp.as_uri(), name="bench")],
        )
    )
    bench.client.initialized(types.InitializedParams())
    to_progress, to_answer, lens_ms = [], [], []
    cold: tuple[float, float] | None = None
    lens_method = types.TEXT_DOCUMENT_CODE_LENS
    for n, proj in enumerate(projects):
        uri = (proj / "stats.py").as_uri()
        bench.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id="python", version=1, text=(proj / "stats.py").read_text()
                )
            )
        )
        if n > 0:  # as in an editor: the document was open (and its lenses shown) before the click
            await bench.client.protocol.send_request_async(
                lens_method, types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uri))
            )
        t0 = time.perf_counter()
        result = await bench.client.protocol.send_request_async(
            "trainer/optimize", {"uri": uri, "symbol": "median", "model": "manual", "iterations": 1}
        )
        answered = (time.perf_counter() - t0) * 1000
        run_id, token = field(result, "runId"), field(result, "progressToken")
        assert run_id, f"the run did not start: {result}"
        while token not in bench.first_progress:
            await asyncio.sleep(0.001)
        progressed = (bench.first_progress[token] - t0) * 1000
        if n == 0:  # a fresh daemon: the first request imports the services
            cold = (progressed, answered)
        else:
            to_progress.append(progressed)
            to_answer.append(answered)
        final = asyncio.ensure_future(bench.wait_final(run_id))
        while not final.done():  # the run is busy: worker start, tests, determinism check
            s = time.perf_counter()
            try:
                await bench.client.protocol.send_request_async(
                    lens_method, types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uri))
                )
            except Exception:  # no code-lens provider registered: the error reply still crossed the loop
                pass
            lens_ms.append((time.perf_counter() - s) * 1000)
            await asyncio.sleep(0.05)
        print(f"run {run_id}: {final.result()}, {len(lens_ms)} code lens requests so far", file=sys.stderr)
    await bench.client.shutdown_async(None)
    bench.client.exit(None)
    await bench.client.stop()
    shutil.rmtree(tmp, ignore_errors=True)

    def row(name: str, xs: list[float]) -> str:
        xs = sorted(xs)
        p95 = xs[min(len(xs) - 1, int(0.95 * len(xs)))]
        p99 = xs[min(len(xs) - 1, int(0.99 * len(xs)))]
        over = sum(1 for x in xs if x > 50)
        return f"| {name} | {len(xs)} | {statistics.median(xs):.1f} | {p95:.1f} | {p99:.1f} | {xs[-1]:.1f} | {over} |"

    print(f"machine: {platform.machine()}, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}")
    print("| measure | n | median ms | p95 ms | p99 ms | max ms | > 50 ms |")
    print("|---|---|---|---|---|---|---|")
    assert cold is not None
    print(f"| first request of a fresh daemon: -> first $/progress | 1 | {cold[0]:.1f} | | | | |")
    print(f"| first request of a fresh daemon: -> answer (run id) | 1 | {cold[1]:.1f} | | | | |")
    print(row("trainer/optimize -> first $/progress", to_progress))
    print(row("trainer/optimize -> answer (run id)", to_answer))
    print(row("textDocument/codeLens during a run", lens_ms))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=6)
    asyncio.run(main(parser.parse_args().runs))
