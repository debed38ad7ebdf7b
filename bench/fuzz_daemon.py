"""The daemon fuzz campaign, long run (issue 13): fuzzed requests over every custom method and
command with params mutated at every depth (tests/lsp/fuzzcases.py), then forty malformed frames,
against real daemons (one per seed), counting what the goal in docs/reliability.md asks for.

    python bench/fuzz_daemon.py [--requests 10000] [--seeds 1 2] [--json]

Per seed: requests sent / answered / unanswered, answers by code, -32603 answers (with the case),
deaths, stdout bytes outside frames, the daemon's resident memory after warm-up (the first 1,000
requests) and its highest value after that, futures pygls still holds, files changed outside the
project, the daemon's children left. Sessions that fuzzed launches open use private tmux/screen
sockets and are closed at the end.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.lsp.fuzzcases import Tally, malformed_frames, prepare, rss_kib, run_requests, snapshot  # noqa: E402
from tests.lsp.rawclient import PROBE, Daemon, parse_frames  # noqa: E402
from tests.lsp.test_fuzz_daemon import close_sessions, sessions_env  # noqa: E402

CHUNK = 250
WARM_UP = 1000


def campaign(requests: int, seed: int, tmp: Path) -> dict:
    project, outside = prepare(tmp)
    env = sessions_env(tmp)
    daemon = Daemon(PROBE, project, tmp / "stderr.log", env=env)
    client = daemon.client
    started = time.monotonic()
    result: dict = {"seed": seed}
    try:
        client.initialize(project.as_uri())
        before = snapshot(outside)
        tally = Tally()
        warm_rss = None
        peak_after_warm_up = 0
        chunk = 0
        while tally.requests < requests:
            run_requests(client, project, outside, CHUNK, tally, seed=seed * 100_000 + chunk, strict=False)
            chunk += 1
            rss = rss_kib(daemon.proc.pid)
            if warm_rss is None and tally.requests >= WARM_UP:
                warm_rss = rss
            elif warm_rss is not None:
                peak_after_warm_up = max(peak_after_warm_up, rss)
            if daemon.proc.poll() is not None:
                break
        deaths = 0 if daemon.proc.poll() is None else 1
        body = json.dumps(
            {"jsonrpc": "2.0", "id": "no-header", "method": "trainer/sessions", "params": {}}
        ).encode()
        frames_ok = 0
        frames = malformed_frames(body)
        null_before = len(client.null_id_errors())
        for _name, data in frames:
            client.send_raw(data)
            answer = client.request("trainer/resolveWorkspace", {"path": "stats.py", "create": False})
            frames_ok += int(answer.get("result", {}).get("target", {}).get("codeName") == "stats")
        futures = client.request("test/pending", {})["result"]["futures"]
        family = client.request("test/children", {})["result"]
        children = family["children"] + family["zombies"]
        changed_outside = snapshot(outside) != before
        assert client.request("shutdown")["result"] is None
        client.notify("exit")
        exit_code = daemon.proc.wait(60)
        client.wait_closed()
        _, consumed = parse_frames(bytes(client.raw), complete=False)
        result.update(
            requests=tally.requests,
            notifications=tally.notifications,
            unanswered=len(tally.unanswered),
            internal_errors=len(tally.internal),
            internal_cases=[f"{m} {json.dumps(p)[:300]}: {msg}" for m, p, msg in tally.internal[:10]],
            codes=dict(sorted(tally.codes.items())),
            malformed_frames=len(frames),
            frames_followed_by_a_real_answer=frames_ok,
            null_id_errors_for_frames=len(client.null_id_errors()) - null_before,
            deaths=deaths,
            exit_code=exit_code,
            stdout_bytes_outside_frames=len(client.raw) - consumed,
            rss_after_warm_up_kib=warm_rss,
            rss_peak_after_warm_up_kib=peak_after_warm_up,
            rss_growth=(peak_after_warm_up / warm_rss - 1) if warm_rss else None,
            futures_left=futures,
            children_left=len(children),
            files_changed_outside=changed_outside,
            seconds=round(time.monotonic() - started, 1),
        )
    finally:
        if daemon.proc.poll() is None:
            daemon.proc.kill()
            daemon.proc.wait(60)
        close_sessions(env)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--requests", type=int, default=10_000, help="fuzzed requests in all (split over the seeds)"
    )
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    per_seed = -(-args.requests // len(args.seeds))
    runs = []
    for seed in args.seeds:
        with tempfile.TemporaryDirectory(prefix=f"fuzz-{seed}-") as tmp:
            runs.append(campaign(per_seed, seed, Path(tmp)))
            print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
    report = {
        "machine": f"{platform.node()} {platform.machine()} Python {platform.python_version()}",
        "runs": runs,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"machine: {report['machine']}")
    keys = [
        "requests", "notifications", "unanswered", "internal_errors", "malformed_frames",
        "frames_followed_by_a_real_answer", "null_id_errors_for_frames", "deaths", "exit_code",
        "stdout_bytes_outside_frames", "rss_after_warm_up_kib", "rss_peak_after_warm_up_kib", "rss_growth",
        "futures_left", "children_left", "files_changed_outside", "seconds",
    ]  # fmt: skip
    print("| | " + " | ".join(f"seed {r['seed']}" for r in runs) + " |")
    print("|---|" + "---|" * len(runs))
    for key in keys:
        cells = [f"{r.get(key):.3f}" if isinstance(r.get(key), float) else str(r.get(key)) for r in runs]
        print(f"| {key} | " + " | ".join(cells) + " |")
    for r in runs:
        print(f"seed {r['seed']} answers by code: {r.get('codes')}")
        for case in r.get("internal_cases", []):
            print(f"  -32603: {case}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
