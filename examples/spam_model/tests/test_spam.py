from spam import SpamFilter


def check(text):
    return SpamFilter().is_spam(text).data


def test_obvious_spam():
    assert check("free cash prize winner") is True


def test_half_spam():
    assert check("click here for your free gift today") is True


def test_ham():
    assert check("lunch at noon tomorrow") is False


def test_ham_with_one_word():
    assert check("the cash machine at the station is broken again today sorry") is False
