"""Fixes for CUDA out of memory that keep the experiment the same (allocator setting, accumulation)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from trainerd.triage.classify import Triage
from trainerd.triage.fixes.base import (
    Fix,
    FixContext,
    TextEdit,
    config_files,
    read_lines,
    user_files,
    where,
)

_BATCH_KEYS = ("per_device_train_batch_size", "train_batch_size", "batch_size", "micro_batch_size", "bs")
_ACCUM_KEYS = (
    "gradient_accumulation_steps",
    "accumulate_grad_batches",
    "grad_accum_steps",
    "grad_accum",
    "accum_steps",
    "accumulation_steps",
)


def _gib(value: str, unit: str) -> float:
    return float(value) / (1024 if unit.upper().startswith("M") else 1)


@functools.lru_cache(maxsize=64)
def _setting_patterns(keys: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """One pattern for any of ``keys`` (a cheap test per line) and one per key, in the order they are preferred."""
    one = [r"(?<![\w.])['\"]?" + key + r"['\"]?\s*[:=]\s*(\d+)\b" for key in keys]
    return re.compile("|".join(one)), tuple(re.compile(p) for p in one)


def _find_setting(
    keys: tuple[str, ...], ctx: FixContext, files: list[Path]
) -> tuple[str, int, TextEdit | None] | None:
    """A numeric setting by name: in the launch command (edit None) or in a config/source file."""
    if ctx.command:
        for key in keys:
            m = re.search(r"--" + key.replace("_", "[_-]") + r"(?:=|\s+)(\d+)\b", ctx.command)
            if m:
                return key, int(m.group(1)), None
    any_key, each_key = _setting_patterns(keys)
    for f in files:
        lines = read_lines(f)
        if not lines:
            continue
        # (most files name no setting: one search over the whole text finds the lines that do, then the keys are
        # tried in their order on each such line, first line first)
        whole = "\n".join(lines)
        idx, counted, tried = 0, 0, -1
        for hit in any_key.finditer(whole):
            idx += whole.count("\n", counted, hit.start())
            counted = hit.start()
            if idx == tried:
                continue
            tried = idx
            text = lines[idx]
            if text.lstrip().startswith("#"):
                continue
            for key, pattern in zip(keys, each_key, strict=True):
                m = pattern.search(text)
                if m:
                    return (
                        key,
                        int(m.group(1)),
                        TextEdit(str(f), idx + 1, m.start(1), m.end(1), m.group(1), m.group(1)),
                    )
    return None


def fix_oom(triage: Triage, ctx: FixContext) -> Fix | None:
    msg = triage.message
    tried = re.search(r"Tried to allocate ([\d.]+) ([GM]iB)", msg)
    unalloc = re.search(r"([\d.]+) ([GM]iB) is reserved by PyTorch but unallocated", msg)
    # (PYTORCH_CUDA_ALLOC_CONF is the CUDA allocator's: another accelerator's out of memory -- Ascend's NPU, Intel's
    # XPU, Gaudi, Apple's MPS -- in the same words gets the batch/accumulation fix or none)
    cuda = re.search(r"\b(?:NPU|XPU|HPU|MPS)\b", msg) is None
    if cuda and tried and unalloc and _gib(*unalloc.groups()) >= _gib(*tried.groups()):
        base = ctx.command or "<your command>"
        new = f"PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True {base}"
        return Fix(
            "oom_alloc_conf",
            "Set PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True",
            "setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True for the run, because "
            f"{unalloc.group(1)} {unalloc.group(2)} is reserved but unallocated (fragmentation) while only "
            f"{tried.group(1)} {tried.group(2)} was requested; batch, model and schedule stay the same",
            [f"the launch command only (restart with: {new})"],
            new_command=new,
            because="the memory is there but fragmented",
        )
    files = config_files(ctx) + user_files(triage, ctx)
    batch = _find_setting(_BATCH_KEYS, ctx, files)
    if batch is None or batch[1] < 2 or batch[1] % 2:
        return None
    accum = _find_setting(_ACCUM_KEYS, ctx, files)
    if accum is None:
        return None
    bkey, bval, bedit = batch
    akey, aval, aedit = accum
    nb, na = bval // 2, aval * 2
    edits: list[TextEdit] = []
    new_command = ctx.command
    for key, old_value, new_value, edit in ((bkey, bval, nb, bedit), (akey, aval, na, aedit)):
        if edit is not None:
            edit.new = str(new_value)
            edits.append(edit)
        elif new_command is not None:
            new_command = re.sub(
                r"(--" + key.replace("_", "[_-]") + r"(?:=|\s+))" + str(old_value) + r"\b",
                rf"\g<1>{new_value}",
                new_command,
                count=1,
            )
    changes = [where(e, ctx) for e in edits]
    if new_command != ctx.command:
        changes.append(f"the launch command (restart with: {new_command})")
    return Fix(
        "oom_grad_accum",
        f"Halve {bkey} to {nb} and double {akey} to {na}",
        f"halving {bkey} ({bval} -> {nb}) and doubling {akey} ({aval} -> {na}), so each step needs about half the "
        f"activation memory while the effective batch stays {bval * aval} per device and the experiment is unchanged",
        changes,
        edits=edits,
        new_command=new_command if new_command != ctx.command else None,
        because="the per-step batch does not fit in GPU memory",
    )
