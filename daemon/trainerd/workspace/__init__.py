"""The trainer workspace: target resolution, ``workflow-status.json``, layout, blockers, resume audit.

Compatible with the trainer skills' ``trainer-workspace.py`` format (shared/reference/
trainer-workspace-contract.md) so either tool can resume the other's workspace.
"""
