"""The ``trainerd`` command line: every verb calls the same services the language server uses.

Each verb prints a rich table for people or, with ``--json``, the service's result as JSON.
Exit codes: 0 done, 1 the work reported a failure or blocker, 2 bad usage or input.
Heavy packages are imported inside the verbs so ``trainerd --help`` stays instant.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the user: printed as ``trainerd: error: …`` with exit code 2."""


def print_json(data: Any) -> None:
    from trainerd.protocol import to_plain

    json.dump(to_plain(data), sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


def console():  # rich is imported only by verbs that print for people
    from rich.console import Console

    return Console()


# --- serve --------------------------------------------------------------------------------------
def cmd_serve(args: argparse.Namespace) -> int:
    tcp = None
    if args.tcp:
        host, _, port = args.tcp.rpartition(":")
        if not host or not port.isdigit():
            raise UsageError(f"--tcp expects HOST:PORT, got {args.tcp!r}")
        tcp = (host, int(port))
    from trainerd.stdio import reserve_stdout

    stdout = reserve_stdout() if tcp is None else None  # before anything that may print is imported
    from trainerd.server import serve

    serve(stdout=stdout, tcp=tcp, log_level=args.log_level)
    return EXIT_OK


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

# --- optimization verbs (trainerd.optimize, trainerd.feedback) ------------------------------------

# --- missing-data verbs (trainerd.research) ------------------------------------------------------

# --- training verbs (trainerd.training) ----------------------------------------------------------

# --- triage verbs (trainerd.triage) --------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from trainerd import __version__

    parser = argparse.ArgumentParser(
        prog="trainerd",
        description="Optimize Python code with Microsoft Trace and run/debug training jobs.",
    )
    parser.add_argument("--version", action="version", version=f"trainerd {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    def verb(name: str, fn: Callable[[argparse.Namespace], int], help: str, json_flag: bool = True):
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(func=fn)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print the result as JSON")
        return p

    p = verb("serve", cmd_serve, "run the language server (LSP over stdio)", json_flag=False)
    p.add_argument("--tcp", metavar="HOST:PORT", help="listen on TCP instead of stdio")
    p.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])

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

    # optimization parsers

    # missing-data parsers

    # training parsers

    # triage parsers

    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UsageError as exc:
        parser.exit(EXIT_USAGE, f"trainerd: error: {exc}\n")
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # services raise typed errors with a user-facing message; anything else is a bug: show it
        from trainerd.errors import TrainerError

        if isinstance(exc, TrainerError):
            parser.exit(EXIT_USAGE, f"trainerd: error: {exc}\n")
        raise
    return EXIT_OK
