#!/usr/bin/env bash
# Fill bundled/libs for the .vsix: trainerd copied from this checkout (daemon/trainerd) and the pinned
# universal wheels of bundled/requirements.txt. Run by `npm run package` (vscode:prepublish).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
LIBS=bundled/libs
rm -rf "$LIBS"
mkdir -p "$LIBS"
"$PYTHON" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-compile --no-deps \
  --only-binary :all: --implementation py --python-version 3.11 --target "$LIBS" -r bundled/requirements.txt
"$PYTHON" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-compile --no-deps \
  --no-binary :all: --target "$LIBS" -r bundled/requirements-sdist.txt
rm -rf "$LIBS"/bin "$LIBS"/*.dist-info/RECORD
# trainerd from the checkout (not built: nothing to compile, and offline)
(cd ../daemon && find trainerd -name '*.py' -not -path '*/__pycache__/*' -print0 | xargs -0 -I{} install -D -m 0644 {} "../vscode-extension/$LIBS/{}")
# the package data the daemon reads at run time (non-Python files under daemon/trainerd)
(cd ../daemon && find trainerd -type f -not -name '*.py' -not -name '*.pyc' -not -path '*/__pycache__/*' -print0 | xargs -0 -r -I{} install -D -m 0644 {} "../vscode-extension/$LIBS/{}")
echo "bundled/libs: trainerd $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$LIBS/trainerd/__init__.py") and $(cat bundled/requirements*.txt | grep -c '^[A-Za-z]') dependencies ($(du -sh "$LIBS" | cut -f1))"
