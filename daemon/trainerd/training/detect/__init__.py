"""Find how a project trains. See :mod:`.core` for the approach; the parts:

``docs`` (usage lines in documents), ``commands`` (one command line taken apart), ``resolve`` (a usage
checked against the project), ``entries`` (Python files by content), ``packaging`` (console scripts,
Makefile, shell and Slurm scripts), ``configs``, ``rank`` (the weights), ``model`` (the result types).
"""

from trainerd.training.detect.core import SEARCHED, detect
from trainerd.training.detect.model import ConfigFile, DetectedCommand, DetectionResult, EntryInfo, Step

__all__ = ["SEARCHED", "ConfigFile", "DetectedCommand", "DetectionResult", "EntryInfo", "Step", "detect"]
