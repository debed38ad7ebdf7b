from labels import normalize_label


def label(text):
    return normalize_label(text).data  # a bundle returns a Trace node; .data is the value


def test_plain():
    assert label("positive") == "positive"


def test_upper_case():
    assert label("NEGATIVE") == "negative"


def test_punctuation():
    assert label("Positive!") == "positive"


def test_whitespace():
    assert label("  neutral ") == "neutral"


def test_synonym_good():
    assert label("good") == "positive"


def test_synonym_bad():
    assert label("bad") == "negative"
