"""A plain evaluation: the suite on the given text, the target compiled as written (no Trace), its
calls counted per test when asked."""

from __future__ import annotations

import functools
import inspect
import os
from typing import Any

from trainerd.feedback.pytest_plugin import CaseRecorder
from trainerd.optimize.messages import EvaluateParams, EvaluateReply
from trainerd.optimize.worker import loader, suite
from trainerd.optimize.worker.scope import ScopeError, lookup, scope_of, unwrap


def run(
    p: EvaluateParams, target: str, symbol: str | None, args: list[str], timeout: float, notify: Any
) -> EvaluateReply:
    recorder = CaseRecorder(timeout, set(p.cases) if p.cases is not None else None, excluded=set(p.exclude))
    counts: dict[str, int] = {}
    after = None
    if p.count_calls and symbol:
        try:
            scope = scope_of(p.source, symbol)
        except ScopeError:
            scope = None
        if scope is not None and scope.plain:
            qual = scope.plain

            def after(module: Any) -> None:
                owner, name, raw = lookup(module, qual)
                fn, rewrap = unwrap(raw)
                if inspect.isfunction(fn):
                    setattr(owner, name, rewrap(_counting(fn, counts, recorder)))

    loader.install(target, p.source, after)
    if p.overlay:
        os.environ.update(loader.overlay_env(target, p.overlay))
    _, verdicts = suite.run(
        args if p.pytest_args is None else p.pytest_args, p.cases, timeout, notify, recorder
    )
    return EvaluateReply(suite=verdicts, calls=counts)


def _counting(fn: Any, counts: dict[str, int], recorder: CaseRecorder) -> Any:
    if inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def acall(*args: Any, **kwargs: Any) -> Any:
            if recorder.current is not None:
                counts[recorder.current] = counts.get(recorder.current, 0) + 1
            return await fn(*args, **kwargs)

        return acall

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        if recorder.current is not None:
            counts[recorder.current] = counts.get(recorder.current, 0) + 1
        return fn(*args, **kwargs)

    return call
