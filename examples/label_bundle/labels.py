"""A Trace bundle as written: the function's source is the trainable parameter."""

from opto import trace


@trace.bundle(trainable=True)
def normalize_label(text):
    """Map a free-text sentiment label to 'positive', 'negative' or 'neutral'."""
    return text.lower()
