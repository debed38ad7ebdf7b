"""LSP wiring, one module per feature; each has ``register(server)``. Listed here in load order."""

from __future__ import annotations

from trainerd.features import optimize, research, surfaces, training, triage, workspace

FEATURES = [workspace, optimize, surfaces, training, triage, research]
