"""The missing-data path: research a target's evidence and, with the user's approval, synthesize the
test-based dataset the optimization loop needs (characterization or model-proposed specification cases).

Modules: ``evidence`` and ``brief`` (research), ``runner`` (the subprocess that runs user code),
``synthesize``, ``approval``, ``model`` (the optimizer's backends), ``values`` (the case encoding).
"""
