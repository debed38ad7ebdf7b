"""Training: detect a project's training commands and environment, pre-flight checks, and sessions
(the confirmed command in screen/tmux, its log, state and control). The log monitor lives in
``training.watch`` / ``training.supervisor`` (the metric monitor itself is ``trainerd.monitor``)."""
