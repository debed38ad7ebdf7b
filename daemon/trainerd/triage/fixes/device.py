"""Fixes for tensors on different devices: move the operand with ``.to(device)``."""

from __future__ import annotations

import ast
import re

from trainerd.triage.classify import Triage
from trainerd.triage.fixes.base import Fix, FixContext, TextEdit, read_lines, source_path, where


def fix_to_device(triage: Triage, ctx: FixContext) -> Fix | None:
    if triage.frame is None:
        return None
    source = source_path(triage.frame.file, ctx)
    lines = read_lines(source)
    if not lines or not 0 < triage.frame.line <= len(lines):
        return None
    line_no = triage.frame.line
    text = lines[line_no - 1]
    stripped = text.strip()
    try:
        tree = ast.parse(stripped)
    except SyntaxError:
        return None
    offset = len(text) - len(text.lstrip())
    if re.search(r"\bdevice \d+ does not equal \d+", triage.message):
        return None  # two GPUs (PyTorch 1.x's words): which one the operation belongs on, the message does not say
    devices = re.findall(r"\b(cuda:\d+|cuda|cpu|mps)\b", triage.message)
    # Apple's GPU names its tensors' types "MPSFloatType": the fix never moves a Mac's tensor to CUDA
    target_device = next((d for d in devices if d != "cpu"), "mps" if "MPS" in triage.message else "cuda")
    whole = "\n".join(lines)
    device_expr = "device" if re.search(r"^\s*device\s*=", whole, re.M) else repr(target_device)
    skip = set()
    names: list[ast.Name] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            skip.add(id(node.func))
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("to", "cuda", "cpu"):
                skip.add(id(node.func.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for arg in list(node.args) + [k.value for k in node.keywords]:
                items = arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg]
                names += [a for a in items if isinstance(a, ast.Name) and id(a) not in skip]
        elif isinstance(node, ast.BinOp | ast.Compare):
            operands = (
                [node.left, node.right] if isinstance(node, ast.BinOp) else [node.left, *node.comparators]
            )
            names += [a for a in operands if isinstance(a, ast.Name) and id(a) not in skip]
    seen: set[tuple[int, int]] = set()
    edits = []
    for name in sorted(names, key=lambda n: n.col_offset, reverse=True):
        if name.id in ("self", "model", "device") or (name.col_offset, name.end_col_offset) in seen:
            continue
        seen.add((name.col_offset, name.end_col_offset or 0))
        start = offset + name.col_offset
        end = offset + (name.end_col_offset or name.col_offset)
        edits.append(TextEdit(str(source), line_no, start, end, name.id, f"{name.id}.to({device_expr})"))
    if not edits:
        return None
    edits.reverse()
    moved = ", ".join(e.old for e in edits)
    return Fix(
        "to_device",
        f"Move {moved} to {device_expr}",
        f"moving {moved} to {device_expr} with .to({device_expr}) where the devices are mixed",
        [where(edits[0], ctx)],
        edits=edits,
        because="one operand is on the CPU and another on the GPU",
    )
