"""Benchmark: code lens latency on a 5,000-line module, over the real daemon (``trainerd serve``).

Generates a project with one 5,000-line module (Trace bundles, nodes, a model and plain functions,
some of them tested) and measures, from the client's side of the stdio pipe:

- first request: ``didOpen`` then ``textDocument/codeLens`` at once (the analysis the open started
  is still running, so this is the time to the first lenses);
- new version: ``didChange`` then ``codeLens`` at once (the request analyses the new version itself,
  re-parsing only the statements the edit touched): lines appended at the end, and typing inside a
  function in the middle of the module;
- repeated request at the same version (the cache), median and p95 of 50;
- for context, the in-process analysis of the module (parse + surfaces + candidates).

Run: ``python bench/surfaces_lens.py``. Figures go in docs/performance.md.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

LINES = 5000


def module_text(lines: int = LINES) -> str:
    parts = [
        '"""A big module."""',
        "import json",
        "",
        "from opto import trace",
        "",
        'SYSTEM = trace.node("Be brief.", trainable=True, name="system")',
        "",
        "",
    ]
    i = 0
    while sum(p.count("\n") + 1 for p in parts) < lines - 40:
        if i % 25 == 0:
            parts += [
                "@trace.bundle(trainable=True)",
                f"def bundle_{i}(text, limit=3):",
                '    """A trainable step."""',
                "    words = text.split()",
                "    return [w for w in words if len(w) > limit]",
                "",
                "",
            ]
        else:
            parts += [
                f"def func_{i}(values, threshold=0):",
                '    """Plain helper."""',
                "    total = 0",
                "    for v in values:",
                "        if v > threshold:",
                "            total += v",
                "        else:",
                "            total -= 1",
                '    return json.dumps({"total": total})',
                "",
                "",
            ]
        i += 1
    parts += [
        "@trace.model",
        "class Agent:",
        "    def __init__(self):",
        '        self.prompt = trace.node("p", trainable=True)',
        "",
        "    @trace.bundle(trainable=True)",
        "    def reply(self, q):",
        "        return self.prompt + q",
        "",
    ]
    return "\n".join(parts) + "\n"


def make_project(root: Path) -> Path:
    (root / ".git").mkdir(parents=True)
    big = root / "big.py"
    big.write_text(module_text())
    tests = root / "tests"
    tests.mkdir()
    for n in range(1, 200, 10):
        (tests / f"test_f{n}.py").write_text(
            f"from big import func_{n}\n\n\ndef test_{n}():\n    func_{n}([1])\n"
        )
    return big


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "proj"
        big = make_project(root)
        text = big.read_text()
        print(f"module: {text.count(chr(10))} lines, {len(text)} characters")

        from trainerd.surface import analyze_path

        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            analysis = analyze_path(big)
            runs.append(time.perf_counter() - t0)
        print(
            f"in-process analysis (parse, surfaces, candidates): median {1000 * statistics.median(runs):.1f} ms "
            f"({len(analysis.surfaces)} surfaces)"
        )

        client = LanguageClient("bench", "1")
        await client.start_io(sys.executable, "-m", "trainerd", "serve", "--log-level", "warning")
        await client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(),
                root_uri=root.as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="proj")],
            )
        )
        client.initialized(types.InitializedParams())
        uri = big.as_uri()
        params = types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uri))

        t0 = time.perf_counter()
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
            )
        )
        first = await client.text_document_code_lens_async(params)
        t_first = time.perf_counter() - t0

        repeated = []
        for _ in range(50):
            t0 = time.perf_counter()
            again = await client.text_document_code_lens_async(params)
            repeated.append(time.perf_counter() - t0)
        assert len(again) == len(first)

        changed = text + "\n\ndef tail_added(x):\n    return x\n"
        t0 = time.perf_counter()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=changed)],
            )
        )
        await client.text_document_code_lens_async(params)
        t_change = time.perf_counter() - t0

        # typing inside a function in the middle of the module (the common edit), 10 versions
        typed = []
        for k in range(10):
            changed = changed.replace(f"total -= {k + 1}" if k else "total -= 1", f"total -= {k + 2}", 1)
            t0 = time.perf_counter()
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=3 + k),
                    content_changes=[types.TextDocumentContentChangeWholeDocument(text=changed)],
                )
            )
            await client.text_document_code_lens_async(params)
            typed.append(time.perf_counter() - t0)

        # a bare request round trip, for scale (a method the daemon answers without work)
        bare = []
        for _ in range(20):
            t0 = time.perf_counter()
            await client.text_document_code_lens_async(
                types.CodeLensParams(
                    text_document=types.TextDocumentIdentifier(uri=(root / "none.py").as_uri())
                )
            )
            bare.append(time.perf_counter() - t0)

        await client.shutdown_async(None)
        client.exit(None)
        await client.stop()

        repeated.sort()
        print(f"lenses: {len(first)}")
        print(f"first request after didOpen: {1000 * t_first:.1f} ms")
        print(
            f"first request at a new version, lines appended (didChange + codeLens): {1000 * t_change:.1f} ms"
        )
        print(
            f"first request at a new version, typing in a function mid-module: median "
            f"{1000 * statistics.median(typed):.1f} ms, max {1000 * max(typed):.1f} ms"
        )
        print(
            f"repeated request, same version: median {1000 * statistics.median(repeated):.2f} ms, "
            f"p95 {1000 * repeated[int(0.95 * len(repeated)) - 1]:.2f} ms"
        )
        print(
            f"round trip of a lens request for an unopened document: median {1000 * statistics.median(bare):.2f} ms"
        )


if __name__ == "__main__":
    asyncio.run(main())
