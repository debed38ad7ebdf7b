"""trainerd: optimize Python code with Microsoft Trace and run/debug training jobs from the editor."""

__version__ = "0.1.0"
