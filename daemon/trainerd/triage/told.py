"""What the text after an error says about its cause, when the error's own words do not settle it.

A pasted log or issue thread often goes on after the traceback: a note that pinning or upgrading a package made the
error go away, a maintainer naming a version conflict or the release that removed an argument. When the root cause
is ``unknown`` and such a statement follows it, the installed versions are the cause the text shows (category
``environment``), reported with the sentence read. Questions ("which version do you use?") and setup steps before
the error say nothing of the kind and are not read.
"""

from __future__ import annotations

import re

from trainerd.triage.scan import LiteralGate

# a pip install pinned to one release ("pip install onnx==1.5.0")
_PINNED_INSTALL = r"pip3?\s+install\s+(?:-U\s+)?[\w.\[\]-]+\s*==\s*v?\d"
# statements that a version change fixes (or caused) the error; each names the change, not just a version
VERSION_TOLD = re.compile(
    r"(?:fixed|solved|resolved|works?|worked|went away|goes away)\b[^.\n?]{0,60}?\b(?:by|after|with|when|once)\s+"
    r"(?:\w+\s+){0,2}?(?:upgrad|downgrad|updat|reinstall|pinn|roll(?:ing|ed)? back|switching to an? (?:older|newer))"
    r"|(?:upgrad|downgrad|reinstall|pinn)\w*\s+(?:[\w.=<>-]+\s+){0,7}?(?:fixe[sd]|solve[sd]|resolve[sd])\b"
    # the versions a README names, installed again, and it runs ("I reinstalled the PyG and torch versions from the
    # README and it trains now")
    r"|\b(?:re)?install(?:ed|ing)\s+(?:[\w.=<>-]+\s+){0,6}?versions?\b[^.\n?]{0,60}?\b(?:it\s+)?(?:works|worked|trains|runs|ran)\b"
    r"|\b(?:installed|installing|updated to|upgraded to|pulled)\s+the\s+(?:latest|newest)\b(?:[^.\n?]|\.(?=\S)){0,120}?"
    r"\b(?:it\s+)?(?:works|worked|fixe[sd]|solve[sd])\b"
    r"|\bversions?\s+(?:mismatch|conflict|incompatib\w*)"
    # a reply naming the cause outright ("I think it is a version problem"; not "looked like a version issue")
    r"|\b(?:it(?:'s| is)|this is|that's|that is)\s+an?\s+(?:[\w-]+\s+)?version\s+(?:problem|issue)"
    r"|\bdue to (?:the |an? )?(?:[\w-]+\s+)?version (?:issues?|problems?|mismatch|conflicts?)\b"
    # the installed build named as not the one the code expects; a release pinned against another ("you need
    # spconv 1.0, not 1.1")
    r"|\binstalled\b[^.\n?]{0,40}?\bis not the (?:one|version|release)\b[^.\n?]{0,40}?\b(?:expects?|needs?|requires?|supports?)\b"
    r"|\byou need\s+(?:[\w.-]+\s+)?v?\d+(?:\.\d+)+\s*,?\s+(?:not|instead of)\s+v?\d"
    # the fix named as a release ("what fixes it is a newer PyTorch Lightning")
    r"|\bfix(?:es|ed)?\s+(?:it|this)\s+(?:is|was)\s+(?:to\s+\w+\s+)?(?:a |an |the )?(?:newer|older|latest|previous)\b"
    # or telling the user to change it ("Please try another torch version")
    r"|\btry\s+(?:another|a different|an older|a newer|an earlier|a later)\s+(?:[\w-]+\s+)?version\b"
    # or a release that changed what the code uses ("recent gluoncv releases changed it in ways that break")
    r"|\b(?:recent|newer|later|latest)\s+(?:[\w-]+\s+)?(?:releases?|versions?)\s+(?:have\s+)?(?:changed|broke|removed|renamed|dropped)\b"
    r"|\b(?:compatibility|incompatibility)\s+(?:problem|issue)\b"
    r"|\b(?:removed|renamed|dropped)\s+(?:in|since|after|from)\s+(?:v|version\s*)?\d+\.\d+"
    r"|\bcomes?\s+from\s+(?:a|the)\s+(?:newer|older|new|old)\b[^.\n?]{0,40}?\b(?:release|version)"
    # the cause named as a release of something ("caused by the gcc version it needs", "a problem with your
    # tensorboard version", "that version is too old", "did not match the CUDA version"), or the fix as one
    # ("upgrading sb3 to v1.7+ should fix it", "make sure your lightning version matches requirements.txt",
    # "gym 0.10.5 and atari-py 0.1.1 are the versions that work")
    r"|\b(?:caused by|problem with|issue with)\s+(?:the |your |an? )?(?:[\w.+-]+\s+){0,2}?versions?\b"
    r"|\bversion (?:is|was) too (?:old|new)\b|\btoo (?:old|new) (?:a )?version\b"
    r"|\bmake sure (?:that )?(?:your|the)\s+[\w.+-]+\s+version\s+(?:matches|is the one)\b"
    r"|\b(?:did not|didn't|does not|doesn't) match the (?:[\w.+-]+\s+){0,2}?version\b"
    r"|\bare the (?:only )?versions that work\b"
    # an older (newer) release named as the cure ("install the older neat-python release", "please go back to an
    # older tensorflow release", "with 2.14.1 it trains fine now")
    r"|\b(?:install(?:ing|ed)?|go(?:ing)? back to|use|using|switch(?:ing)? to)\s+(?:the |an? )?(?:older|previous|earlier)\s+"
    r"(?:[\w.-]+\s+){0,2}?(?:release|version)s?\b"
    r"|\bwith (?:[\w.-]+\s+)?v?\d+\.\d+(?:\.\d+)?,?\s+it\s+(?:now\s+)?(?:works|trains|runs)\b"
    # a maintainer's advice to change a release ("Please try updating coremltools in your env", "please first move
    # to the newest TorchSharp", "try pinning this version instead: trl==0.8.6")
    # (not the writer's own plan: "I'll try updating pytorch" says nothing of what the cause was)
    r"|(?<!'ll )(?<!\bwill )(?<!\bto )(?<!\bI )(?<!\bwe )\b(?:try|please)\s+(?:first\s+)?(?:updating|upgrading|downgrading|pinning)\b"
    r"|\b(?:move|switch|go)\s+to\s+the\s+(?:newest|latest)\b"
    r"|\b(?:upgrad|downgrad|updat)\w*\s+(?:[\w.-]+\s+){0,3}?to\s+v?\d[\w.+]*\s+(?:should|will|would)\s+fix\b"
    r"|(?:(?:^|\n)[ \t>*`-]*|[:\uff1a]\s*)(?:\$\s*)?pip3?\s+install\s+(?:-U\s+)?['\"]?[\w.\[\]-]+\s*(?:==|<=|<)\s*v?\d[\w.]*"
    # a pinned install told as the cure in a sentence ("Fixed it with `pip install onnx==1.5.0`", "`pip install
    # tensorflow-gpu==2.1.0` made it work")
    rf"|(?<!not )(?<!n't )(?<!never )\b(?:fixed|solved|resolved)\s+(?:it\s+)?(?:with|by)\s+[`'\"]?{_PINNED_INSTALL}"
    rf"|\b{_PINNED_INSTALL}[\w.]*[`'\"]?\s+(?:made it work|fixed it|solved it)\b"
    rf"|\bfix\s+(?:is|was)\s+(?:to\s+run\s+)?[`'\"]?{_PINNED_INSTALL}",
    re.I,
)
_AFTER_LINES = 400  # how far after the error a statement is read
# (each of the statements is tried only where one of its literals occurs: their lookbehinds and lazy gaps make a scan
# of every position of 400 lines the costliest step of a triage otherwise)
_VERSION_TOLD_GATED = LiteralGate(VERSION_TOLD)


def version_told(text: str, after_line: int) -> str | None:
    """The sentence after log line ``after_line`` (1-based) that says a version change fixes the error, if any."""
    rest = "\n".join(text.split("\n")[after_line : after_line + _AFTER_LINES])
    for m in _VERSION_TOLD_GATED.finditer(rest):
        start = max(rest.rfind("\n", 0, m.start()) + 1, 0)
        line_end = rest.find("\n", m.end())
        line = rest[start : line_end if line_end >= 0 else len(rest)]
        end = _SENTENCE_END.search(rest, m.end())
        if end is not None and end.group(0).startswith(("?", "\uff1f")):
            continue  # asked, not told ("is it a version conflict?")
        return line.strip(" \t>*`-")[:200]
    return None


_SENTENCE_END = re.compile(r"[.!?\n\u3002\uff1f\uff01]")
