"""`python -m trainerd` is the CLI."""

from trainerd.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
