"""A tiny statistics helper with a bug Trace can fix: the median of an even-length list."""


def median(values):
    """Return the median of a non-empty list of numbers."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle]
