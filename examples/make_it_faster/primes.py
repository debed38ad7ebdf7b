"""A correct but slow function: the benchmark's time is the score to minimise, the tests the constraint."""


def count_primes(limit):
    """Return how many primes are strictly below ``limit``."""
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, n)):
            count += 1
    return count
