"""Benchmark: candidate discovery across a generated 2,000-file project, cold, warm and incremental.

The project: 1,400 modules in 28 packages (4 functions and a class with 2 methods each) and 600
test files (3 tests each, importing from 1-3 modules in the three spellings the index follows).
Measured in-process through the service the daemon and the CLI use:

- cold, one module: a fresh index with no parse cache walks the tree, parses every Python file
  (library modules too: the call graph follows tests into them) and answers for one module's
  functions (what opening one file costs the first time);
- warm, one module: a fresh index (a new CLI process) reading the parse cache the cold run left;
- cold, whole project: which tests exercise every function and method of every module;
- incremental: nothing changed (a stat walk), one test file edited (one re-parse), one added;
- for context, the whole-folder scan of ``trainerd surfaces <folder>`` (it also analyses every module).

Run: ``python bench/surfaces_discovery.py``. Figures go in docs/performance.md.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

MODULES, TESTS, PACKAGES = 1400, 600, 28


def generate(root: Path) -> list[Path]:
    rng = random.Random(7)
    (root / ".git").mkdir(parents=True)
    modules: list[tuple[str, Path]] = []
    for m in range(MODULES):
        pkg = root / "src" / f"pkg{m % PACKAGES}"
        pkg.mkdir(parents=True, exist_ok=True)
        (pkg / "__init__.py").touch()
        path = pkg / f"mod{m}.py"
        funcs = "\n\n".join(
            f"def f{m}_{k}(values, limit={k}):\n    out = []\n    for v in values:\n        if v > limit:\n"
            f"            out.append(v)\n    return out\n"
            for k in range(4)
        )
        path.write_text(
            f'"""Module {m}."""\n\n\n{funcs}\n\nclass C{m}:\n    def run(self, x):\n        return x\n\n'
            "    def stop(self):\n        return None\n"
        )
        modules.append((f"pkg{m % PACKAGES}.mod{m}", path))
    tests = root / "tests"
    tests.mkdir()
    for t in range(TESTS):
        picked = rng.sample(range(MODULES), rng.randint(1, 3))
        lines, bodies = [], []
        for j, m in enumerate(picked):
            dotted = modules[m][0]
            style = (t + j) % 3
            if style == 0:
                lines.append(f"from {dotted} import f{m}_0, C{m}")
                bodies.append(f"    assert f{m}_0([1, 2]) is not None\n    C{m}().run(1)")
            elif style == 1:
                lines.append(f"import {dotted} as m{j}")
                bodies.append(f"    m{j}.f{m}_1([3])")
            else:
                pkg, mod = dotted.split(".")
                lines.append(f"from {pkg} import {mod}")
                bodies.append(f"    {mod}.f{m}_2([4])")
        body = "\n".join(bodies)
        tests_text = "\n\n\n".join(f"def test_{t}_{k}():\n{body}" for k in range(3))
        (tests / f"test_{t}.py").write_text("\n".join(lines) + "\n\n\n" + tests_text + "\n")
    return [p for _, p in modules]


def one_module(root: Path, modules: list[Path], m: int) -> tuple[float, int]:
    """A fresh index answering for the functions of one module (the editor opening one file)."""
    from trainerd.surface.candidates import ProjectIndex, module_names_for

    t0 = time.perf_counter()
    index = ProjectIndex(root)
    index.refresh()
    names = module_names_for(root, modules[m])
    found = sum(
        bool(index.tests_for(modules[m], q, names))
        for q in [*(f"f{m}_{k}" for k in range(4)), f"C{m}.run", f"C{m}.stop"]
    )
    return time.perf_counter() - t0, found


def discover(root: Path, modules: list[Path]) -> tuple[float, float, int]:
    """(seconds to index and parse every file, seconds to answer every function, tested found)."""
    from trainerd.surface.candidates import ProjectIndex, module_names_for

    t0 = time.perf_counter()
    index = ProjectIndex(root)
    index.refresh()
    index.parse_all()
    t1 = time.perf_counter()
    found = 0
    for m, path in enumerate(modules):
        names = module_names_for(root, path)
        for q in [*(f"f{m}_{k}" for k in range(4)), f"C{m}.run", f"C{m}.stop"]:
            found += bool(index.tests_for(path, q, names))
    return t1 - t0, time.perf_counter() - t1, found


def main() -> None:
    from trainerd.surface import service as surface_service
    from trainerd.surface.candidates import ProjectIndex

    cache = tempfile.mkdtemp(prefix="trainerd-bench-cache-")
    os.environ["TRAINERD_CACHE_DIR"] = cache

    def clear_cache() -> None:
        for f in Path(cache).glob("*"):
            f.unlink()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "big"
        modules = generate(root)
        files = sum(1 for _ in root.rglob("*.py"))
        print(f"project: {files} Python files ({MODULES} modules, {TESTS} test files)")
        ones = []
        for m in (7, 700, 1399):
            clear_cache()
            ones.append(one_module(root, modules, m))
        print(
            f"cold, one module's candidates (no parse cache): median "
            f"{1000 * statistics.median(t for t, _ in ones):.0f} ms"
        )
        warm = [one_module(root, modules, m) for m in (7, 700, 1399)]
        print(
            f"warm, one module's candidates (a new process, parse cache on disk): median "
            f"{1000 * statistics.median(t for t, _ in warm):.0f} ms"
        )
        colds = []
        for _ in range(3):
            clear_cache()
            colds.append(discover(root, modules))
        index_s = statistics.median(c[0] for c in colds)
        answer_s = statistics.median(c[1] for c in colds)
        print(
            f"cold: index {1000 * index_s:.0f} ms + every function answered {1000 * answer_s:.0f} ms "
            f"= {1000 * (index_s + answer_s):.0f} ms ({colds[0][2]} tested functions/methods)"
        )

        index = ProjectIndex(root)
        index.refresh()
        index.parse_all()
        unchanged = []
        for _ in range(5):
            t0 = time.perf_counter()
            stats = index.refresh()
            unchanged.append(time.perf_counter() - t0)
            assert stats.changed == 0
        print(f"incremental, nothing changed: {1000 * statistics.median(unchanged):.0f} ms (stat walk)")
        edited = root / "tests" / "test_5.py"
        times = []
        for n in range(5):
            edited.write_text(edited.read_text() + f"\n\ndef test_extra_{n}():\n    pass\n")
            os.utime(edited, ns=(time.time_ns(), time.time_ns() + n))
            t0 = time.perf_counter()
            stats = index.refresh()
            index.tests_for(modules[5], "f5_0")  # the table is rebuilt for the next question
            times.append(time.perf_counter() - t0)
            assert stats.changed == 1
        print(
            f"incremental, one test file edited: {1000 * statistics.median(times):.0f} ms "
            "(1 re-parse, the table rebuilt)"
        )
        (root / "tests" / "test_new.py").write_text(
            "from pkg0.mod0 import f0_3\n\n\ndef test_new():\n    f0_3([])\n"
        )
        t0 = time.perf_counter()
        index.refresh()
        index.parse_all()
        t_new = time.perf_counter() - t0
        assert index.tests_for(modules[0], "f0_3") == ["tests/test_new.py::test_new"]
        print(f"incremental, one test file added: {1000 * t_new:.0f} ms")

        t0 = time.perf_counter()
        result = surface_service.surfaces(root / "src")
        print(
            f"context: `trainerd surfaces src/` (parses all {MODULES} modules too): "
            f"{time.perf_counter() - t0:.2f} s, {sum(len(f.surfaces) for f in result.files)} candidates"
        )


if __name__ == "__main__":
    main()
