"""Benchmark: prints the time of count_primes(6000) as the last line, {"score": seconds}."""

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from primes import count_primes  # noqa: E402

start = time.perf_counter()
assert count_primes(6000) == 783
print(json.dumps({"score": round(time.perf_counter() - start, 4)}))
