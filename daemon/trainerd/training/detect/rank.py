"""How likely each row is the command to run: what it does (train / prepare / other) first, then how
authoritative its document is, then where in it the row sits and whether it is concrete.

The weights are small numbers on purpose: a reader can follow why one row is above another. They are
measured against public repositories in ``docs/accuracy.md`` (bench/training_detect_accuracy.py).
"""

from __future__ import annotations

import re

from trainerd.training.detect.model import DetectedCommand

# what a row does comes first (a training command above every preparation or evaluation one), then how
# authoritative its document is (TIER_POINTS per tier; rows read from the code have tier 0), then the rest
KIND_BASE = {"train": 1000.0, "prepare": 300.0, "other": 200.0}
TIER_POINTS = 30.0

TRAIN_WORDS = re.compile(
    r"(?<![a-z])(?:train(?!ed)|training|finetun|fine[-_ ]?tun|pretrain(?!ed)|pre[-_]train(?!ed)|sft|dpo|ppo|"
    r"grpo|orpo|kto|rlhf|rloo|\bfit\b|speedrun|distill|learn(?:ing)? (?:a|the|your)|optimi[sz]e the model)",
    re.IGNORECASE,
)
PREP_WORDS = re.compile(
    r"prepar|preprocess|download|fetch|convert_data|data_prep|tokeniz|cached_|get_data|build_data|make_data|"
    r"create_config|setup_data|shard|get_\w+\.sh|data\.sh",
    re.IGNORECASE,
)
OTHER_WORDS = re.compile(
    r"eval|sample|sampling|generat|infer|predict|chat|serve|serving|deploy|export|(?<![a-z])test|demo|visuali|"
    r"bench|validat|plot|score|merge|quantiz|upload|convert|detect|attention|retriev|knn|linear|segment|"
    r"caption|submit_|profil|debug|lint|format|install|setup|info|list|help|version|compile|notebook|clean|"
    r"combin|analy[sz]",
    re.IGNORECASE,
)
# names that say "not a training run" even when they also say train (install-training, test_trainer)
NOT_A_RUN = re.compile(
    r"install|setup|(?<![a-z])test|lint|format|clean|(?<![a-z])eval|infer|sampl|generat|serve|deploy|export|"
    r"bench|visuali|(?<![a-z])docs?(?![a-z])|webui|(?<![a-z])gui|dashboard|(?<![a-z])ui(?![a-z])|"
    r"(?<![a-z])(?:venv|virtualenv|pip|ensurepip|pytest|unittest)(?![a-z])",
    re.IGNORECASE,
)
START_CONTEXT = re.compile(
    r"quick ?start|getting started|get started|your first|first steps|tl;?dr", re.IGNORECASE
)
WEAK_TRAIN_CONTEXT = re.compile(r"usage|how to run|running|run the|reproduc", re.IGNORECASE)
OFF_PATH_CONTEXT = re.compile(
    r"install|setup|set up|requirement|docker|contribut|develop|testing|unit test|evaluat|inference|"
    r"\bsampling\b|generat(?:e|ion|ing)\b|deploy|serv(?:e|ing)\b|export|visuali|benchmark|faq|troubleshoot|"
    r"citation|licen[cs]e|convert",
    re.IGNORECASE,
)
ASIDE_CONTEXT = re.compile(
    r"advanced|optional|appendix|misc|tips|faq|troubleshoot|known issue|news|update|changelog|release|"
    r"deprecat|legacy|old version",
    re.IGNORECASE,
)
_EVAL_FLAGS = re.compile(
    r"(?:^|\s)--?(?:eval[-_]only|evaluate|eval|test[-_]only|do[-_]eval(?!\S*train)|predict|sample)(?:\s|=|$)"
)
_TRAIN_FLAGS = re.compile(r"(?:^|\s)--?do[-_]train\b|(?:^|\s)(?:--?)?(?:mode|task)[= ]train\b|(?:^|\s)-t\b")
_HELP = re.compile(r"(?:^|\s)(?:-h|--help|help|list|--list)(?:\s|$)")


def word_intent(*words: str | None) -> str | None:
    """``train`` / ``prepare`` / ``other`` from names (a script's stem, a module, a subcommand): the
    first name that says anything decides; "not a run" words (install, test, eval …) win over train."""
    for word in words:
        if not word:
            continue
        if NOT_A_RUN.search(word):
            return "other"
        if PREP_WORDS.search(word):
            return "prepare"
        if TRAIN_WORDS.search(word):
            return "train"
        if OTHER_WORDS.search(word):
            return "other"
    return None


def flag_intent(text: str) -> str | None:
    """What the options say: ``--help`` and ``--eval-only`` are not training runs; ``--do_train`` is."""
    if _HELP.search(text):
        return "other"
    if _EVAL_FLAGS.search(text) and not _TRAIN_FLAGS.search(text):
        return "other"
    if _TRAIN_FLAGS.search(text):
        return "train"
    return None


def context_bonus(headings: list[str], comment: str, prose: str, kind: str, appendix: bool = False) -> float:
    """Where in the document a row sits: under a training heading (+10), after "# Train the model"
    (+8) or right after a sentence about training (+6), in a quick start (+8) or a usage / how-to-run
    section (+3); under an installation, evaluation or inference heading (-12), in an aside (advanced,
    FAQ, news: -4), after the license (-8)."""
    path = " / ".join(headings)
    nearest = headings[-1] if headings else ""
    bonus = 0.0
    if TRAIN_WORDS.search(path):
        bonus += 10
    elif TRAIN_WORDS.search(comment):
        bonus += 8
    elif TRAIN_WORDS.search(prose):
        bonus += 6
    if START_CONTEXT.search(path):
        bonus += 8
    elif WEAK_TRAIN_CONTEXT.search(path):
        bonus += 3
    if ASIDE_CONTEXT.search(path):
        bonus -= 4
    if appendix:  # after the README's license / citation: an appendix (often a template for your own README)
        bonus -= 8
    if kind == "train" and OFF_PATH_CONTEXT.search(nearest) and not TRAIN_WORDS.search(nearest):
        bonus -= 12
    return bonus


def placeholder_penalty(placeholders: list[str]) -> float:
    """A command with parts to fill in ranks below concrete ones of the same standing."""
    return -8.0 if placeholders else 0.0


def fold_variants(rows: list[DetectedCommand], keep: int = 3) -> list[DetectedCommand]:
    """At most ``keep`` documented rows per (folder, entry, kind); the rest are counted on the best."""
    groups: dict[tuple[str, str, str, str], list[DetectedCommand]] = {}
    out: list[DetectedCommand] = []
    for row in rows:  # already sorted best first
        if row.source not in ("readme", "docs", "notebook", "docstring") or not row.entry:
            out.append(row)
            continue
        key = (row.cwd, row.entry, row.kind, row.backend or "")
        group = groups.setdefault(key, [])
        if len(group) < keep:
            group.append(row)
            out.append(row)
        else:
            group[0].variants += 1
    for group in groups.values():
        best = group[0]
        if best.variants:
            best.notes.append(f"+{best.variants} more documented variant(s) of this command")
    return out
