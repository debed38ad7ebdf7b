"""LSP wiring, one module per feature; each has ``register(server)``. Listed here in load order."""

from __future__ import annotations

from trainerd.features import optimize, surfaces, training, workspace

FEATURES = [workspace, optimize, surfaces, training]
