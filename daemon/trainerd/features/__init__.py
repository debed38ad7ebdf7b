"""LSP wiring, one module per feature: a `LanguageFeature` class (features/base.py), or a module with
``register(server)`` until it is converted. Listed here in load order."""

from __future__ import annotations

from typing import Any

from trainerd.features import optimize, research, surfaces, training, triage, workspace

FEATURES: list[Any] = [
    workspace.WorkspaceFeature,
    optimize.OptimizeFeature,
    surfaces.SurfaceFeature,
    training.TrainingFeature,
    triage.TriageFeature,
    research.ResearchFeature,
]
