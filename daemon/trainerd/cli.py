"""The ``trainerd`` command line: every verb calls the same services the language server uses.

Each verb prints a rich table for people or, with ``--json``, the service's result as JSON.
Exit codes: 0 done, 1 the work reported a failure or blocker, 2 bad usage or input.
Heavy packages are imported inside the verbs so ``trainerd --help`` stays instant.

Long on purpose: it is the whole command-line face, one short function per verb over a service
(``tests/core/test_parity.py`` maps each to its LSP twin); no verb holds logic of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # as a shell reports a command killed by SIGPIPE


class UsageError(Exception):
    """Bad input from the user: printed as ``trainerd: error: …`` with exit code 2."""


def print_json(data: Any) -> None:
    from trainerd.data import to_plain

    json.dump(to_plain(data), sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


def console():  # rich is imported only by verbs that print for people
    from rich.console import Console

    return Console()


# --- serve --------------------------------------------------------------------------------------
def cmd_serve(args: argparse.Namespace) -> int:
    tcp = None
    if args.tcp and args.stdio:
        raise UsageError("--tcp and --stdio exclude each other")
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        if not host or not port.isdigit():
            raise UsageError(f"--tcp expects HOST:PORT, got {args.tcp!r}")
        tcp = (host, int(port))
    if args.max_message_bytes < 1024:
        raise UsageError(f"--max-message-bytes must be at least 1024, got {args.max_message_bytes}")
    from trainerd.stdio import reserve_stdin, reserve_stdout

    stdout = reserve_stdout() if tcp is None else None  # before anything that may print is imported
    stdin = reserve_stdin()  # services and child processes never read the protocol's bytes
    from trainerd.server import serve

    return serve(  # 0 after shutdown+exit, else 1
        stdout=stdout,
        tcp=tcp,
        log_level=args.log_level,
        stdin=stdin if tcp is None else None,
        max_message_bytes=args.max_message_bytes,
        trusted=not args.untrusted,
    )


# --- workspace ----------------------------------------------------------------------------------
def cmd_status(args: argparse.Namespace) -> int:
    from trainerd.workspace import render, service

    if args.repair and args.no_create:
        raise UsageError("--repair rebuilds the status file; it cannot be combined with --no-create")
    if args.repair:
        _, result = service.repair(args.target)
    else:
        result = service.resolve(args.target, create=not args.no_create)
    if args.json:
        print_json(result)
    else:
        render.print_contract(console(), result)
    return EXIT_FAILED if result.blockers else EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from trainerd.workspace import render, service

    result = service.create_review(args.target, feedback_command=args.feedback, force=args.force)
    if args.json:
        print_json(result)
    else:
        console().print(f"[green]Wrote[/green] {result.review_path}")
        render.print_contract(console(), result.contract)
    return EXIT_OK


# --- surfaces verbs (trainerd.surface) ----------------------------------------------------------
def cmd_surfaces(args: argparse.Namespace) -> int:
    from pathlib import Path

    from trainerd.surface import render, service

    path = Path(args.path).expanduser()
    if not path.exists():
        raise UsageError(f"path not found: {path}")
    result = service.surfaces(path)
    if args.json:
        print_json(result)
    else:
        render.print_result(console(), result)
    return EXIT_FAILED if result.problem is not None else EXIT_OK


# --- optimization verbs (trainerd.optimize, trainerd.feedback) ------------------------------------
def _optimize_options(args: argparse.Namespace):
    from trainerd.optimize.types import OptimizeOptions

    return OptimizeOptions(
        feedback=args.feedback,
        tests=getattr(args, "tests", None),
        direction=args.direction,
        model=args.model,
        iterations=args.iterations,
        optimizer=args.optimizer,
        python=args.python,
        test_timeout=args.test_timeout,
        write_back="none" if args.no_write else "file",
        objective=args.objective,
        fresh=args.fresh,
        repeats=args.repeats,
        validate=args.validate,
        allow=tuple(args.allow or ()),
    )


def _run_with_progress(args: argparse.Namespace, run: Callable[..., Any]) -> int:
    """Run an optimization with a live progress line (or quietly with --json), then print the result."""
    import threading
    import time

    from trainerd.workspace import render

    if args.json:
        result = run(None, threading.Event())
        print_json(result)
        return EXIT_OK if result.outcome in ("done", "followup_needed") else EXIT_FAILED
    from rich.status import Status

    con = console()
    started = time.monotonic()
    cancel = threading.Event()
    with Status("starting the optimization worker", console=con) as status:

        def on_event(event: Any) -> None:
            elapsed = f"{time.monotonic() - started:5.1f}s"
            if event.type == "test_started":
                status.update(f"[{elapsed}] {event.test_id}")
                if getattr(args, "verbose", False):
                    con.print(f"[dim]{elapsed} test_started {event.test_id}[/dim]")
                return
            colour = {
                "failed": "red",
                "blocked": "red",
                "followup_needed": "yellow",
                "written_back": "green",
                "validated": "cyan",
                "candidate_ready": "magenta",
            }.get(event.type, "white")
            con.print(f"[dim]{elapsed}[/dim] [{colour}]{event.type}[/{colour}] {event.message}")
            status.update(f"[{elapsed}] {event.message[:100]}")

        try:
            result = run(on_event, cancel)
        except KeyboardInterrupt:
            cancel.set()
            raise
    con.print(f"\n[bold]{result.outcome}[/bold]: {result.message}")
    render.print_contract(con, result.contract)
    if any(b.code == "review_missing" for b in result.contract.blockers):
        con.print(
            f"[yellow]The engineering review checkpoint comes first:[/yellow] run `trainerd review "
            f"{result.contract.target.file}{'::' + result.contract.target.symbol if result.contract.target.symbol else ''}`"
            ", read the review it writes, then run this command again."
        )
    return EXIT_OK if result.outcome in ("done", "followup_needed") else EXIT_FAILED


def cmd_optimize(args: argparse.Namespace) -> int:
    from trainerd.optimize.service import run_optimization

    options = _optimize_options(args)
    return _run_with_progress(
        args, lambda on_event, cancel: run_optimization(args.target, options, on_event, cancel)
    )


def _read_response(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    from pathlib import Path

    path = Path(arg)
    if not path.is_file():
        raise UsageError(f"--response file not found: {arg}")
    return path.read_text(encoding="utf-8")


def cmd_answer(args: argparse.Namespace) -> int:
    from trainerd.optimize.service import answer_followup

    text = _read_response(args.response)
    return _run_with_progress(
        args,
        lambda on_event, cancel: answer_followup(
            args.workspace, text, None, on_event, cancel, symbol=args.symbol
        ),
    )


def cmd_write_back(args: argparse.Namespace) -> int:
    from trainerd.optimize.service import write_candidate_back

    text, file = write_candidate_back(args.workspace, args.candidate, args.symbol, args.iteration)
    if args.json:
        print_json({"file": str(file), "message": text})
    else:
        console().print(f"[green]{text}[/green]")
    return EXIT_OK


def cmd_export_replay(args: argparse.Namespace) -> int:
    from pathlib import Path

    from trainerd.optimize.service import export_replay
    from trainerd.workspace.files import atomic_write_json

    data = export_replay(args.workspace, args.iteration)
    if args.output in (None, "-"):
        print_json(data)
    else:
        atomic_write_json(Path(args.output), data)
        if not args.json:
            console().print(f"[green]Wrote[/green] {args.output} ({len(data['turns'])} turn(s))")
        else:
            print_json({"output": args.output, "turns": len(data["turns"])})
    return EXIT_OK


# --- missing-data verbs (trainerd.research) ------------------------------------------------------
def cmd_research(args: argparse.Namespace) -> int:
    from trainerd.research.brief import research

    result = research(
        args.target, reuse=not args.fresh, run_tests=not args.no_run_tests, interpreter=args.python
    )
    if args.json:
        import attrs

        data = (
            result
            if args.full
            else {k: v for k, v in attrs.asdict(result, recurse=False).items() if k != "brief"}
        )
        print_json(data)
        return EXIT_OK
    con = console()
    con.print(
        f"[bold]Research brief[/bold] {result.brief_md}"
        + (" [dim](reused: the source is unchanged)[/dim]" if result.reused else "")
    )
    for key, value in result.summary.items():
        con.print(f"  {key.replace('_', ' ')}: {value}")
    for item in result.missing:
        con.print(f"  [yellow]missing[/yellow] {item['artifact']}: {item['why']}")
    con.print(f"[bold]Recommendation:[/bold] {result.recommendation}")
    return EXIT_OK


def _print_synthesis(result: Any) -> None:
    con = console()
    colour = {"pending_approval": "yellow", "approved": "green", "manual_followup": "yellow"}.get(
        result.state, "red"
    )
    con.print(f"[{colour}]{result.state}[/{colour}] {result.message}")
    for reason in result.reasons:
        con.print(f"  - {reason}")
    if result.counts:
        origins = ", ".join(f"{n} {o}" for o, n in sorted((result.counts.get("by_origin") or {}).items()))
        con.print(
            f"  cases: {result.counts.get('train', 0)} train, {result.counts.get('val', 0)} val ({origins})"
        )
    for item in result.skipped[:10]:
        con.print(f"  [dim]skipped {item.get('source') or item.get('origin') or ''}: {item['reason']}[/dim]")
    if len(result.skipped) > 10:
        con.print(
            f"  [dim]… {len(result.skipped) - 10} more skipped (see {result.files.get('skipped')})[/dim]"
        )
    con.print(f"[bold]Next:[/bold] {result.next_action}")


def cmd_synthesize(args: argparse.Namespace) -> int:
    from trainerd.research.synthesize import synthesize

    response = None
    if args.response == "-":
        response = sys.stdin.read()
    elif args.response:
        from pathlib import Path

        if not Path(args.response).is_file():
            raise UsageError(f"--response file not found: {args.response}")
        response = Path(args.response).read_text(encoding="utf-8")
    result = synthesize(
        args.target,
        goal=args.goal,
        model=args.model,
        response=response,
        force=args.force,
        max_cases=args.cases,
        hypothesis_cases=args.hypothesis,
        instruction=args.instruction,
        interpreter=args.python,
        timeout_s=args.case_timeout,
    )
    if args.json:
        print_json(result)
    else:
        _print_synthesis(result)
    return EXIT_OK if result.state in ("pending_approval", "approved", "manual_followup") else EXIT_FAILED


def cmd_approve(args: argparse.Namespace) -> int:
    from trainerd.research.approval import approve

    result = approve(args.workspace, interpreter=args.python)
    if args.json:
        print_json(result)
    else:
        con = console()
        con.print(f"[green]{result.message}[/green]")
        con.print(f"[bold]Next:[/bold] {result.next_action}")
    return EXIT_OK


# --- training verbs (trainerd.training) ----------------------------------------------------------
def _training_root(args: argparse.Namespace, start: str | None = None):
    from pathlib import Path

    from trainerd.training.service import resolve_root

    if getattr(args, "root", None):
        return Path(args.root).expanduser().resolve()
    return resolve_root(start or ".")


def cmd_detect(args: argparse.Namespace) -> int:
    from trainerd.training import render, service

    result = service.detect_with_preflight(
        args.root_dir, environment=not args.no_env, command=args.command, target_metric=args.target_metric
    )
    if args.json:
        print_json(result)
    else:
        con = console()
        render.print_detection(con, result)
        if result.preflight is not None:
            render.print_preflight(con, result.preflight)
    return EXIT_OK if result.commands else EXIT_FAILED


def cmd_launch(args: argparse.Namespace) -> int:
    from trainerd.training import render, service

    root = _training_root(args, args.cwd)
    cwd = args.cwd or "."
    if not args.yes:
        if args.json or not sys.stdin.isatty():
            raise UsageError("nothing is launched without confirmation: add --yes (no terminal to ask in)")
        pre = service.preflight_for(args.command, cwd, root, target_metric=args.target_metric)
        con = console()
        render.print_preflight(con, pre)
        ask = "Launch anyway" if pre.warnings else "Launch"
        answer = con.input(f"{ask} [bold]{args.command}[/bold] exactly as shown? [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            con.print("Not launched.")
            return EXIT_FAILED
    result = service.launch(
        args.command, cwd, root=root, backend=args.backend, name=args.name, slurm=_slurm_options(args),
        wait_seconds=args.wait,
    )  # fmt: skip
    if args.json:
        print_json(result)
    else:
        render.print_launch(console(), result)
    return _launch_exit(result)


def _slurm_options(args: argparse.Namespace):
    """The Slurm job's resources from ``launch``'s flags (``None`` when none is given)."""
    from trainerd.training.slurm import SubmitOptions

    options = SubmitOptions(
        partition=args.partition,
        nodes=args.nodes,
        ntasks_per_node=args.ntasks_per_node,
        gpus_per_node=args.gpus_per_node,
        time=args.time,
        sbatch_args=list(args.sbatch_arg or []),
    )
    return None if options.is_empty() else options


def _launch_exit(result: Any) -> int:
    """0 while it runs (or finished cleanly), 1 when it ended otherwise."""
    crashed = getattr(result.first_sign, "outcome", None) == "crashed"
    alive = result.session.state in ("running", "pending") or result.session.exit_code == 0
    return EXIT_OK if alive and not crashed else EXIT_FAILED


def cmd_sessions(args: argparse.Namespace) -> int:
    from trainerd.training import sessions
    from trainerd.training.events import run_flags

    records = sessions.list_sessions(_training_root(args))
    flags = [run_flags(r) for r in records]
    if args.json:
        from trainerd.data import to_plain

        print_json({"sessions": [{**to_plain(r), "flags": f} for r, f in zip(records, flags, strict=True)]})
    else:
        from trainerd.training import render
        from trainerd.training.live import print_open_flags

        con = console()
        render.print_sessions(con, records)
        print_open_flags(con, [(r.name, f) for r, f in zip(records, flags, strict=True)])
    return EXIT_OK


def cmd_stop(args: argparse.Namespace) -> int:
    from trainerd.training import sessions

    record = sessions.stop(_training_root(args), args.name, grace_seconds=args.grace)
    if args.json:
        print_json({"session": record})
    else:
        console().print(f"{record.name}: {record.status} ({record.message})")
    return EXIT_OK


def cmd_restart(args: argparse.Namespace) -> int:
    from trainerd.training import render, service

    result = service.restart_session(
        args.name, root=_training_root(args), command=args.command, wait_seconds=args.wait
    )
    if args.json:
        print_json(result)
    else:
        render.print_launch(console(), result)
    return _launch_exit(result)


def cmd_attach(args: argparse.Namespace) -> int:
    import os
    import shlex

    from trainerd.training import sessions

    argv = sessions.attach_argv(_training_root(args), args.name)
    hints = sessions.attach_hints(_training_root(args), args.name)
    if args.json:
        print_json({"session": args.name, "attach_command": shlex.join(argv), "argv": argv, "hints": hints})
        return EXIT_OK
    for hint in hints:  # stderr: stdout stays the one command, for scripts
        print(f"also: {hint}", file=sys.stderr)
    if args.print_only or not (sys.stdin.isatty() and sys.stdout.isatty()):
        print(shlex.join(argv))
        return EXIT_OK
    sys.stdout.flush()
    os.execvp(argv[0], argv)  # replaces trainerd with the terminal multiplexer
    return EXIT_OK  # pragma: no cover


# --- triage verbs (trainerd.triage) --------------------------------------------------------------
def _triage_report(args: argparse.Namespace):
    from trainerd.monitor import flags_for_text
    from trainerd.triage import service

    root = _training_root(args) if args.session else None
    report = service.triage_request(
        path=args.file if args.file != "-" else None,
        text=service.read_source("-") if args.file == "-" else None,
        root=root,
        cwd=args.cwd,
        command=args.command,
        session=args.session,
        session_dir=args.session_dir,
        model=getattr(args, "model", None),
        monitor=flags_for_text,
    )
    return report


def cmd_triage(args: argparse.Namespace) -> int:
    report = _triage_report(args)
    if args.json:
        print_json(report)
    else:
        from trainerd.triage.render import print_report

        print_report(console(), report)
    return EXIT_FAILED if report.errors or report.monitor_flags else EXIT_OK


def cmd_apply_fix(args: argparse.Namespace) -> int:
    from trainerd.triage import render, service

    report = _triage_report(args)
    error = service.pick_error(report, args.error - 1 if args.error else None)
    if not error.proposal:
        if args.json:
            print_json({"applied": False, "error": error, "reason": error.fix or "no fix is offered for it"})
        else:
            render.print_no_fix(console(), error)
        return EXIT_FAILED
    if not args.yes:
        render.print_proposal(console(), error)
        if not (sys.stdin.isatty() and input("Apply this fix? [y/N] ").strip().lower() in ("y", "yes")):
            print("Not applied (confirm with --yes when not at a terminal).", file=sys.stderr)
            return EXIT_FAILED
    from pathlib import Path

    from trainerd.project.confine import Confinement, check_fix
    from trainerd.training.sessions import find_root

    cwd = Path(report.cwd or ".").resolve()
    # the proposal came from a log: its edits and folders must stay in the project (never site-packages)
    check_fix(Confinement.of([find_root(cwd)], "the project"), error.proposal, cwd)
    record = service.apply(
        error.proposal,
        report.cwd or ".",
        triage=error,
        session_dir=report.session_dir,
        command=report.command,
    )
    restarted = None
    if args.restart and record.get("ok") and record.get("fix", {}).get("new_command"):
        if not args.session:
            raise UsageError("--restart needs --session NAME (the session to restart)")
        from trainerd.training import sessions

        restarted = sessions.restart(_training_root(args), args.session, command=record["restart_command"])
        record["restarted"] = {"session": args.session, "state": restarted.session.state}
    if args.json:
        print_json(record)
    else:
        render.print_applied(console(), record)
    return EXIT_OK if record.get("ok") else EXIT_FAILED


def cmd_monitor(args: argparse.Namespace) -> int:
    from pathlib import Path

    from trainerd import monitor

    if not Path(args.log).exists() and "/" not in args.log:  # a session's name
        return _monitor_session(args)
    config_text = None
    if args.config:
        try:
            config_text = Path(args.config).read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"--config {args.config}: {exc.strerror or exc}") from None
    result = monitor.monitor_file(
        args.log, command=args.command, source_dir=args.source_dir, config_text=config_text
    )
    if args.json:
        print_json(result)
    else:
        from trainerd.training.live import print_monitor

        print_monitor(console(), result)
    return EXIT_FAILED if result.flags else EXIT_OK


def _monitor_session(args: argparse.Namespace) -> int:
    from trainerd.training import sessions
    from trainerd.training.supervisor import metrics

    root = _training_root(args)
    sessions.get_session(root, args.log)  # names the field when there is no such session
    result = metrics(root, args.log)
    if args.json:
        print_json(result)
    else:
        from trainerd.training.live import print_session_metrics

        print_session_metrics(console(), result)
    return EXIT_FAILED if result.flags or result.crash else EXIT_OK


def cmd_watch(args: argparse.Namespace) -> int:
    from trainerd.training import live

    return live.watch(_training_root(args), args.name, console(), as_json=args.json)


def add_log_origin(p: argparse.ArgumentParser, default_cwd: str) -> None:
    """The options that say where a log came from: its project, command and session (for fixes)."""
    p.add_argument("--cwd", help=f"the project the log came from (default: {default_cwd})")
    p.add_argument("--command", help="the training command that produced the log")
    p.add_argument("--session-dir", help="a session folder whose fixes.json holds the fix history")
    p.add_argument(
        "--session", metavar="NAME", help="the session the log came from (its cwd, command, fixes)"
    )
    p.add_argument(
        "--root", metavar="DIR", help="project root holding the session (default: found above here)"
    )


class _Unbuilt:
    """Stands in for the parser of a verb that was not asked for: takes its options and keeps nothing."""

    def __getattr__(self, _name: str) -> Callable[..., _Unbuilt]:
        return lambda *args, **kwargs: self


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line. With ``only``, the parser of that verb alone is built (the others cost a
    short CLI verb about a tenth of its time); an unknown ``only`` gets the whole parser."""
    from trainerd import __version__

    parser = argparse.ArgumentParser(
        prog="trainerd",
        description="Optimize Python code with Microsoft Trace and run/debug training jobs.",
    )
    parser.add_argument("--version", action="version", version=f"trainerd {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    built: list[str] = []

    def verb(name: str, fn: Callable[[argparse.Namespace], int], help: str, json_flag: bool = True) -> Any:
        if only is not None and name != only:
            return _Unbuilt()
        built.append(name)
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=fn)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print the result as JSON")
        return p

    p = verb("serve", cmd_serve, "run the language server (LSP over stdio)", json_flag=False)
    p.add_argument("--tcp", metavar="HOST:PORT", help="listen on TCP instead of stdio")
    # many LSP clients append --stdio (vscode-languageclient's TransportKind.stdio does): stdio is the default
    p.add_argument("--stdio", action="store_true", help="speak LSP over stdio (the default)")
    p.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    p.add_argument(
        "--max-message-bytes",
        type=int,
        default=8 * 1024 * 1024,
        metavar="N",
        help="largest message accepted from the client (default 8 MiB); larger ones are answered with an error",
    )
    p.add_argument(
        "--untrusted",
        action="store_true",
        help="the workspace is not trusted: nothing of the project runs (no worker, launch, import or "
        "interpreter probe); requests that need it are refused",
    )

    p = verb("status", cmd_status, "show a target's trainer workspace: state, blockers, next action")
    p.add_argument("target", help="path/to/file.py or path/to/file.py::symbol")
    p.add_argument("--no-create", action="store_true", help="report only; do not create the workspace")
    p.add_argument(
        "--repair",
        action="store_true",
        help="move a corrupt workflow-status.json aside (to .corrupt-<time>) and rebuild it from the layout",
    )

    p = verb("review", cmd_review, "write the engineering review checkpoint for a target")
    p.add_argument("target", help="path/to/file.py or path/to/file.py::symbol")
    p.add_argument("--feedback", metavar="CMD", help="the feedback command to record")
    p.add_argument("--force", action="store_true", help="overwrite an existing review")

    # surfaces parsers
    p = verb(
        "surfaces",
        cmd_surfaces,
        "list the Trace surfaces and tested candidates of a file or folder, with pre-run findings",
    )
    p.add_argument("path", help="a .py file, a .ipynb notebook, or a folder (every module in it)")

    # optimization parsers
    p = verb("optimize", cmd_optimize, "optimize a target with Trace against its tests (or a scored command)")
    p.add_argument("target", help="path/to/file.py or path/to/file.py::symbol")
    p.add_argument(
        "--feedback",
        metavar="CMD",
        help="feedback: a pytest command, or a command printing "
        'a last line {"score": N} (optimized with the tests as a constraint)',
    )
    p.add_argument(
        "--tests",
        metavar="CMD",
        help="the pytest command used as the constraint (default: the tests that import the target)",
    )
    p.add_argument(
        "--direction",
        choices=["maximize", "minimize"],
        default="maximize",
        help="whether a higher or lower score is better (scored commands)",
    )
    p.add_argument(
        "--model", metavar="SPEC", help="manual (default), editor, replay:FILE, litellm:PROVIDER/MODEL"
    )
    p.add_argument(
        "--iterations", type=int, default=3, metavar="N", help="optimizer steps at most (default 3)"
    )
    p.add_argument("--optimizer", default="OptoPrime", choices=["OptoPrime", "OPRO"])
    p.add_argument(
        "--python",
        metavar="EXE",
        help="the interpreter that runs the worker and your tests (default: the project's .venv/venv/env, "
        "else this one); it needs trace-opt, attrs, cattrs and pytest",
    )
    p.add_argument(
        "--test-timeout",
        type=float,
        default=60.0,
        metavar="S",
        help="per-test timeout in seconds (default 60)",
    )
    p.add_argument(
        "--repeats",
        type=int,
        default=5,
        metavar="N",
        help="extra runs of the unchanged tests before the model is asked (default 5: a test failing half "
        "the time is caught with probability 97%%)",
    )
    p.add_argument(
        "--validate",
        choices=["affected", "suite"],
        default="affected",
        help="what must stay green before write-back: the test modules importing the target (default), or the whole suite",
    )
    p.add_argument(
        "--allow",
        action="append",
        choices=["hidden_dependencies", "surface_too_broad"],
        metavar="BLOCKER",
        help="optimize despite this surface blocker after checking it (hidden_dependencies, surface_too_broad)",
    )
    p.add_argument("--objective", metavar="TEXT", help="the optimizer's instruction (default: OptoPrime's)")
    p.add_argument("--no-write", action="store_true", help="never write the winner back to the file")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="print every event, each test's start included"
    )
    p.add_argument(
        "--fresh", action="store_true", help="start a new iteration instead of resuming the last one"
    )

    p = verb("answer", cmd_answer, "continue a run stopped at a manual follow-up with the optimizer's answer")
    p.add_argument("workspace", help="the trainer workspace folder (…/.trainer-workspace/<name>)")
    p.add_argument(
        "--response",
        required=True,
        metavar="FILE|-",
        help="the answer (JSON with a 'suggestion'), or - for stdin",
    )
    p.add_argument(
        "--symbol", help="the target waiting for the answer, when several of the file's targets wait"
    )
    p.add_argument(
        "-v", "--verbose", action="store_true", help="print every event, each test's start included"
    )

    p = verb(
        "write-back",
        cmd_write_back,
        "write a run's candidate into the target as it is now (a candidate kept after a refused write-back)",
    )
    p.add_argument("workspace", help="the trainer workspace folder")
    p.add_argument("--candidate", help="the candidate (default: the run's winner)")
    p.add_argument("--symbol", help="the target (when the file's workspace holds several)")
    p.add_argument(
        "--iteration", type=int, metavar="N", help="the run's iteration (default: the target's latest)"
    )

    p = verb("export-replay", cmd_export_replay, "turn a recorded run's optimizer turns into a replay file")
    p.add_argument("workspace", help="the trainer workspace folder")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: stdout)")
    p.add_argument("--iteration", type=int, metavar="N", help="the iteration to export (default: the latest)")

    # missing-data parsers
    p = verb(
        "research",
        cmd_research,
        "gather a target's evidence (tests, call sites, doctests, datasets) into a research brief",
    )
    p.add_argument("target", help="path/to/file.py::function")
    p.add_argument("--fresh", action="store_true", help="research again even if the source is unchanged")
    p.add_argument(
        "--no-run-tests", action="store_true", help="do not confirm the tests by running them with coverage"
    )
    p.add_argument("--full", action="store_true", help="with --json: include the whole brief")
    p.add_argument("--python", metavar="EXE", help="the project's interpreter (default: this one)")

    p = verb(
        "synthesize",
        cmd_synthesize,
        "build a test-based dataset for a target that has none (approve it after)",
    )
    p.add_argument("target", help="path/to/file.py::function")
    p.add_argument(
        "--goal",
        choices=["keep", "change"],
        default=None,
        help="keep: characterization cases recorded from the current code; change: specification "
        "cases proposed by the model (default: the goal of the dataset already proposed, else keep)",
    )
    p.add_argument(
        "--model",
        metavar="SPEC",
        help="for --goal change: manual (default), editor, replay:FILE, litellm:PROVIDER/MODEL",
    )
    p.add_argument("--instruction", metavar="TEXT", help="for --goal change: the behaviour wanted")
    p.add_argument(
        "--response", metavar="FILE|-", help="for --goal change: the answer to the model's follow-up"
    )
    p.add_argument("--cases", type=int, default=200, metavar="N", help="at most N cases (default 200)")
    p.add_argument(
        "--hypothesis", type=int, default=50, metavar="N", help="generated inputs at most (default 50)"
    )
    p.add_argument(
        "--case-timeout", type=float, default=5.0, metavar="S", help="time limit of one call (default 5 s)"
    )
    p.add_argument("--force", action="store_true", help="rebuild even if a dataset is proposed or approved")
    p.add_argument("--python", metavar="EXE", help="the project's interpreter (default: this one)")

    p = verb("approve", cmd_approve, "approve a synthesized dataset: it becomes the feedback signal")
    p.add_argument(
        "workspace", help="the trainer workspace folder (…/.trainer-workspace/<name>) or the target"
    )
    p.add_argument(
        "--python", metavar="EXE", help="the project's interpreter, to recheck an edited test file"
    )

    # training parsers
    p = verb(
        "detect", cmd_detect, "find the project's training commands, configs and environment (nothing runs)"
    )
    p.add_argument("root_dir", nargs="?", default=".", metavar="ROOT", help="the project folder (default: .)")
    p.add_argument("--no-env", action="store_true", help="skip the environment probes (python, GPUs, wandb)")
    p.add_argument("--command", metavar="CMD", help="also show the pre-flight checks for this command")
    p.add_argument("--target-metric", metavar="TEXT", help="the metric this run aims for (pre-flight)")

    p = verb(
        "launch",
        cmd_launch,
        "run a training command exactly as given in a persistent screen/tmux session, or as a Slurm job",
    )
    p.add_argument(
        "command", metavar="CMD", help='the exact command line, quoted: "python train.py --lr 3e-4"'
    )
    p.add_argument("--cwd", metavar="DIR", help="where to run it (default: the current directory)")
    p.add_argument(
        "--backend",
        choices=["screen", "tmux", "slurm"],
        help="default: screen, else tmux; slurm for an sbatch command or when a Slurm option is given",
    )
    p.add_argument("--name", help="session name (default: trainer-train-YYYYmmdd-HHMMSS)")
    p.add_argument(
        "--root", metavar="DIR", help="project root holding .trainer-workspace (default: found above --cwd)"
    )
    p.add_argument("--target-metric", metavar="TEXT", help="the metric this run aims for (pre-flight)")
    p.add_argument(
        "--yes", "-y", action="store_true", help="launch without asking (after reading the pre-flight)"
    )
    p.add_argument(
        "--wait", metavar="S", type=float, default=30.0,
        help="wait up to S seconds for the first metric/progress line or a crash (default 30; 0: return at once)",
    )  # fmt: skip
    slurm_flags = p.add_argument_group("Slurm job (backend slurm; see docs/cluster.md)")
    slurm_flags.add_argument("--partition", metavar="P", help="the partition (queue) to run in")
    slurm_flags.add_argument("--nodes", metavar="N", type=int, help="number of nodes")
    slurm_flags.add_argument(
        "--ntasks-per-node", metavar="K", type=int, help="tasks per node (start them with srun)"
    )
    slurm_flags.add_argument("--gpus-per-node", metavar="G", help="GPUs per node: a count or type:count")
    slurm_flags.add_argument("--time", metavar="T", help="time limit, e.g. 30, 4:00:00, 1-00:00:00")
    slurm_flags.add_argument(
        "--sbatch-arg",
        metavar="OPT",
        action="append",
        help="one more sbatch option, e.g. --sbatch-arg=--account=myproj (repeatable)",
    )

    p = verb("sessions", cmd_sessions, "list training sessions with their live state")
    p.add_argument("--root", metavar="DIR", help="project root (default: found above the current directory)")

    p = verb("stop", cmd_stop, "stop a training session: interrupt (Ctrl-C), then kill after a grace period")
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--grace", type=float, default=10.0, metavar="S", help="seconds between interrupt and kill"
    )
    p.add_argument("--root", metavar="DIR", help="project root (default: found above the current directory)")

    p = verb("restart", cmd_restart, "run a session's command again in the same session (after a fix)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--command", metavar="CMD", help="a corrected command line (default: the same one)")
    p.add_argument("--root", metavar="DIR", help="project root (default: found above the current directory)")
    p.add_argument(
        "--wait", metavar="S", type=float, default=30.0,
        help="wait up to S seconds for the first metric/progress line or a crash (default 30; 0: return at once)",
    )  # fmt: skip

    p = verb(
        "attach", cmd_attach, "attach this terminal to a session (prints the command when not a terminal)"
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--print", dest="print_only", action="store_true", help="print the attach command only")
    p.add_argument("--root", metavar="DIR", help="project root (default: found above the current directory)")

    # triage parsers
    p = verb(
        "triage",
        cmd_triage,
        "classify the tracebacks in a log (runtime bug / logic change) and propose fixes",
    )
    p.add_argument("file", metavar="FILE", help="a log file, or - for standard input")
    add_log_origin(p, "the current directory")
    p.add_argument(
        "--model",
        metavar="SPEC",
        help="ask this model for a second opinion when the root cause is unknown (litellm:…, replay:FILE; "
        "labelled as the model's, never a fix)",
    )

    p = verb(
        "apply-fix",
        cmd_apply_fix,
        "apply the fix triage proposes for a log's root cause (or --error N), after confirmation",
    )
    p.add_argument("file", metavar="FILE", help="the log the error is in, or - for standard input")
    p.add_argument(
        "--error", type=int, metavar="N", help="the N-th error triage lists (default: the root cause)"
    )
    p.add_argument("--yes", action="store_true", help="apply without asking (scripts, CI)")
    add_log_origin(p, "the session's, else here")
    p.add_argument(
        "--restart",
        action="store_true",
        help="when the fix is a corrected command, restart the session with it (needs --session)",
    )

    p = verb(
        "monitor",
        cmd_monitor,
        "run the training monitor over a log file or a session: NaN, divergence, plateau, throughput, "
        "hangs, checkpoints, pitfalls",
    )
    p.add_argument("log", metavar="LOG|SESSION", help="a training log, or a session's name (its current run)")
    p.add_argument(
        "--root", metavar="DIR", help="project root of SESSION (default: found above the current directory)"
    )
    p.add_argument(
        "--command", help="the training command (for multi-GPU / precision / accumulation pitfalls)"
    )
    p.add_argument("--config", help="the run's config file (for the precision / batch pitfalls)")
    p.add_argument(
        "--source-dir",
        help="a run folder to read structured metrics from (trainer_state.json, "
        "metrics.csv, TensorBoard events)",
    )

    p = verb(
        "watch",
        cmd_watch,
        "follow a training session live: metrics, a chart, flags and crashes as they happen (s: stop, o: open the log)",
    )
    p.add_argument("name", metavar="SESSION")
    p.add_argument("--root", metavar="DIR", help="project root (default: found above the current directory)")

    if only is not None and not built:
        return build_parser()
    return parser


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(words[0] if words and not words[0].startswith("-") else None)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        parser.exit(EXIT_USAGE, f"trainerd: error: {exc}\n")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`trainerd … | head`): stop quietly, as shell tools do; stdout is
        # pointed at /dev/null so that the interpreter's own flush at exit does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        # services raise typed errors with a user-facing message; anything else is a bug: show it
        from trainerd.errors import TrainerError

        if isinstance(exc, TrainerError):
            parser.exit(EXIT_USAGE, f"trainerd: error: {exc}\n")
        raise
    return EXIT_OK
