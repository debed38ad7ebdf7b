"""A Trace model: a trainable threshold node and a trainable scoring bundle."""

from opto import trace

SPAM_WORDS = {"free", "winner", "prize", "cash", "click"}


@trace.model
class SpamFilter:
    def __init__(self):
        self.threshold = trace.node(0.9, trainable=True, description="spam if the score reaches this")

    # SPAM_WORDS is read from the module: checked, and allowed explicitly (a hidden dependency otherwise)
    @trace.bundle(trainable=True, allow_external_dependencies=True)
    def score(self, text):
        """Fraction of the words of text that are spam words."""
        words = text.lower().split()
        return sum(w in SPAM_WORDS for w in words) / max(len(words), 1)

    @trace.bundle()
    def decide(self, score, threshold):
        """True when score >= threshold."""
        return score >= threshold

    def is_spam(self, text):
        return self.decide(self.score(text), self.threshold)
