"""Detection: read a project as its users do and rank the ways to train it.

Documents first (the root README, the guides it links to, ``docs/``, example READMEs, notebooks,
script docstrings): the commands they tell a reader to run, checked against the files that exist.
Then what the code says: entry points found by content (a main guard or a CLI, and a training loop or
a trainer call), shell and Slurm batch scripts, console scripts and Makefile targets. Library modules
are kept only with a note that says what they are. Nothing is run.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from trainerd.errors import TrainerError
from trainerd.project.walk import DATA_DIRS, RUN_OUTPUT_DIRS, walk
from trainerd.training.detect import coderows, packaging, rank
from trainerd.training.detect import configs as config_mod
from trainerd.training.detect import docs as doc_mod
from trainerd.training.detect import entries as entry_mod
from trainerd.training.detect.fs import read_text
from trainerd.training.detect.model import ConfigFile, DetectedCommand, DetectionResult, EntryInfo, Step
from trainerd.training.detect.resolve import Doc, Project, Resolved, resolve

README_NAMES = (
    "README.md",
    "README.rst",
    "README.txt",
    "README",
    "readme.md",
    "Readme.md",
    "README.markdown",
)
DOC_EXTS = {".md", ".mdx", ".rst", ".qmd", ".markdown"}
SHELL_EXTS = (".sh", ".slurm", ".sbatch", ".bash")
MAX_FILE_BYTES = 1_000_000
MAX_ENTRIES_READ = 400
MAX_SHELL_READ = 300
MAX_DOCS_READ = 250
MAX_ROWS = 40
_WANTED_EXTS = (".py", ".ipynb", ".yaml", ".yml", ".json", ".toml", *SHELL_EXTS, *DOC_EXTS)
_WANTED_NAMES = {"Makefile", "makefile", "GNUmakefile", "README", "README.txt"}
_BORING = re.compile(
    r"^(license|licence|changelog|changes|history|contributing|code_of_conduct|security|citation|authors|"
    r"maintainers|support|governance|release|migration|upgrading|notice|agents|agent_guide|ai_policy|claude|"
    r"gemini|copilot|cla|patents|third_party|acknowledg|pull_request_template|issue_template)",
    re.IGNORECASE,
)
# documents kept aside: design proposals, RFCs, archived or legacy pages, a "misc" folder
_ASIDE_DOC = re.compile(r"(?:^|/)(?:misc|archived?|legacy|deprecated|old)/|proposal|(?:^|/|_)rfcs?(?:/|_|\.)",
                        re.IGNORECASE)  # fmt: skip
_TRANSLATION = re.compile(r"^readme[._-](?!md$)[a-z]{2}(?:[-_][a-z]{2})?\.", re.IGNORECASE)
_GUIDE = re.compile(r"quick|start|getting|train|tutorial|usage|finetun|pretrain|recipe|howto|guide|reproduc",
                    re.IGNORECASE)  # fmt: skip
SEARCHED = [
    "the README and the guides it links to, GETTING_STARTED-style files, docs/, example READMEs, notebooks "
    "and script docstrings (usage lines)",
    "Python entry points by content (a __main__ guard or CLI with a training loop or trainer call) and "
    "train*/run*/main* files",
    "shell scripts and Slurm batch scripts (#SBATCH)",
    "console scripts in pyproject.toml, setup.py, setup.cfg",
    "Makefile targets",
    "configs in configs/, conf/, config/",
]


def _wanted(name: str) -> bool:
    return name.endswith(_WANTED_EXTS) or name in _WANTED_NAMES


def _suffix(rel: str) -> str:
    name = rel.rsplit("/", 1)[-1]
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _wanted_path(rel: str) -> bool:
    """Files detection might read: documents, notebooks near the top, shell scripts, configs in config
    folders, and the Python files users might run (the ``.gitignore`` rules are tested on these only)."""
    suffix = _suffix(rel)
    if suffix == ".py" and entry_mod.worth_reading(rel):
        return True
    depth = rel.count("/")
    parts = rel.split("/")
    in_configs = any(p in config_mod.CONFIG_DIRS or p == "recipes" for p in parts[:-1])
    if suffix == ".py":
        return in_configs  # nanoGPT keeps configs as Python files
    if suffix in DOC_EXTS or suffix == "" or rel.endswith("README.txt"):
        return True
    if suffix == ".ipynb":
        return depth <= 3
    if suffix in (".yaml", ".yml", ".json", ".toml"):
        return depth == 0 or in_configs
    return depth <= 4  # shell and batch scripts


# --- documents ----------------------------------------------------------------------------------
_NEWS = re.compile(r"news|update|changelog|release|announce|latest|citation|acknowledg|awesome|related|"
                   r"community|sponsor|contribut|license|model zoo|results|benchmark", re.IGNORECASE)  # fmt: skip
_RECOMMEND = re.compile(r"get(?:ting)? started|quick ?start|recommend|first|tutorial|to train|how to|step by step|"
                        r"instructions|guide", re.IGNORECASE)  # fmt: skip


def _links(readme_text: str, readme: str, files: set[str], doc_files: list[str]) -> list[tuple[str, float]]:
    """The documents the README links to, in order, each with how strongly the README points a new
    reader there: relative links, GitHub links into this repository, and docs-site pages whose name
    matches a document here (``…/start/quickstart.html``). Links in news, results or citation
    sections count little; "to get started, follow …" counts more."""
    by_stem: dict[str, list[str]] = {}
    for rel in doc_files:
        stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower().replace("-", "_")
        by_stem.setdefault(stem, []).append(rel)
    found: dict[str, float] = {}
    base = os.path.dirname(readme)
    for link in doc_mod.link_contexts(readme_text):
        target = link.target.split("#", 1)[0].split("?", 1)[0]
        if not target:
            continue
        candidates: list[str] = []
        if "://" in target:
            blob = re.search(r"github\.com/[^/]+/[^/]+/(?:blob|tree)/[^/]+/(.+)$", target)
            if blob:
                candidates = [blob.group(1)]
            else:
                stem = re.sub(r"\.(html?|md|mdx|rst)$", "", target.rstrip("/").rsplit("/", 1)[-1]).lower()
                stem = stem.replace("-", "_")
                if stem and stem not in ("index", "latest", "main", "readme", "docs", "en", "stable"):
                    candidates = by_stem.get(stem, [])[:3]
        else:
            rel = os.path.normpath(os.path.join(base, target)).replace(os.sep, "/").lstrip("./")
            candidates = [rel, f"{rel}/README.md", f"{rel}/readme.md"]
        for rel in candidates:
            if rel in files and _suffix(rel) in DOC_EXTS:
                strength = 0.0
                if any(_NEWS.search(h) for h in link.headings):
                    strength -= 10
                if _RECOMMEND.search(link.line) or any(_RECOMMEND.search(h) for h in link.headings):
                    strength += 6
                found[rel] = max(found.get(rel, -99.0), strength)
                break
    return list(found.items())


def pick_docs(root: Path, files: list[str], problems: list[str]) -> tuple[list[Doc], dict[str, str]]:
    """The documents to read, each with its weight; and their texts (read once)."""
    fileset = set(files)
    texts: dict[str, str] = {}
    readme = next((n for n in README_NAMES if n in fileset), None)
    docs: list[Doc] = []
    doc_files = [
        f for f in files if _suffix(f) in DOC_EXTS or f.rsplit("/", 1)[-1] in ("README", "README.txt")
    ]
    doc_set = set(doc_files)
    strengths: dict[str, float] = {}
    if readme:
        text = read_text(root, readme, problems)
        if text is not None:
            texts[readme] = text
            docs.append(Doc(readme, 5, "readme", ""))
            strengths = dict(_links(text, readme, fileset, doc_files))
    linked = [rel for rel, strength in strengths.items() if strength > -10]
    example_readmes = [rel for rel in linked if Path(rel).stem.lower() == "readme" and "/" in rel]
    for rel in files:
        if rel == readme or (
            _suffix(rel) not in DOC_EXTS and _suffix(rel) != ".ipynb" and rel not in doc_set
        ):
            continue
        path = Path(rel)
        parts = rel.split("/")
        depth = len(parts) - 1
        folder = "/".join(parts[:-1])
        if path.suffix == ".ipynb":
            if depth <= 3 and not any(p in ("tests", "test") for p in parts):
                docs.append(Doc(rel, 1, "notebook", folder))
            continue
        if rel not in doc_files or _BORING.match(path.name) or _TRANSLATION.match(path.name):
            continue
        guide = bool(_GUIDE.search(path.stem))
        aside = bool(_ASIDE_DOC.search(rel))
        in_docs = depth >= 1 and "doc" in parts[0].lower()
        is_readme = path.stem.lower() == "readme"
        if rel in linked:
            strength = strengths[rel]
            if is_readme and depth >= 1:  # an example's README: the root README's order is the reading order
                order = example_readmes.index(rel)
                doc = Doc(rel, 4 if strength > 0 else 3, "docs", folder,
                          (24.0 if order == 0 else 12.0 if order == 1 else 0.0) + strength)  # fmt: skip
            else:
                doc = Doc(rel, 4, "docs", "" if in_docs else folder, strength + (4.0 if guide else 0.0))
        elif depth == 0:
            doc = Doc(rel, 4 if guide else 3, "docs", "")
        elif in_docs:
            if depth > 5:
                continue
            doc = Doc(rel, 2 if guide else 1, "docs", "")
        elif is_readme and depth <= 4 and not any(p in ("tests", "test") for p in parts):
            doc = Doc(rel, 2, "docs", folder, -float(depth))
        elif guide and depth <= 3:
            doc = Doc(rel, 1, "docs", folder)
        else:
            continue
        if aside:  # a design proposal's "example invocations" are not what to run
            doc.tier = min(doc.tier, 1)
        docs.append(doc)
    docs.sort(key=lambda d: (-d.tier, -d.bonus))
    return docs[: MAX_DOCS_READ + 1], texts


def _usages(doc: Doc, text: str) -> list[doc_mod.Usage]:
    suffix = Path(doc.rel).suffix.lower()
    if suffix == ".ipynb":
        return doc_mod.notebook(text)
    if suffix == ".rst":
        return doc_mod.rst(text)
    return doc_mod.markdown(text)


def _score_doc_row(found: Resolved, usage: doc_mod.Usage, doc: Doc, entries: dict[str, EntryInfo]) -> float:
    """What the row does first, then how authoritative its document is, then where it sits in it."""
    row = found.row
    score = rank.KIND_BASE[row.kind] + rank.TIER_POINTS * doc.tier + doc.bonus
    score += rank.context_bonus(usage.headings, usage.comment, usage.prose, row.kind, usage.appendix)
    score += rank.placeholder_penalty(row.placeholders)
    if found.missing:
        score -= 8  # a config file the command names is not here: it fails until the user supplies it
    if usage.mention:  # below the command lines of its document: a pointer to a script, not how to run it
        score -= 16
    elif usage.inline:
        score -= 10 if usage.listed else 4
    info = entries.get(row.entry or "")
    if info is not None and info.is_library:
        score -= 30
    if doc.lines:
        score -= 6.0 * min(usage.line, doc.lines) / max(doc.lines, 200)  # docs lead with the main command
    return score


# a recipe that starts a run: a launcher, a Python file or module (``$(PY) -m src.train``)
MAX_ALSO = 3  # "also <where>" notes kept on a row before they are counted
_LAUNCHES = re.compile(
    r"(?:^|\s|\))(?:python3?|torchrun|accelerate|deepspeed|uv run|poetry run)(?:\s|$)|\.py\b|\s-m\s+[\w.]+"
)


# --- detect -------------------------------------------------------------------------------------
def detect(root: str | Path, environment: bool = False, interpreter: str | None = None) -> DetectionResult:
    """Scan ``root`` for training commands (ranked, most likely first) and configs; with
    ``environment``, add the interpreter, frameworks, GPUs and wandb/TensorBoard state."""
    base = Path(os.path.expanduser(str(root)))
    if not base.exists():
        raise TrainerError(f"{base} does not exist", field="root")
    if not base.is_dir():
        raise TrainerError(f"{base} is not a folder", field="root")
    base = base.resolve()
    walked = walk(base, want=_wanted, want_path=_wanted_path, prune=RUN_OUTPUT_DIRS | DATA_DIRS)
    problems = walked.problems
    files = walked.files
    configs = config_mod.config_files(files)
    by_path = {c.path: c for c in configs}

    def tie(config: str, user: str) -> None:
        cfg = by_path.get(config)
        if cfg is None:
            ext = os.path.splitext(config)[1].lower()
            cfg = ConfigFile(path=config, format=config_mod.CONFIG_EXTS.get(ext, "other"))
            by_path[config] = cfg
            configs.append(cfg)
        if user not in cfg.used_by:
            cfg.used_by.append(user)

    consoles = {name: (target, origin) for name, target, origin in packaging.console_scripts(base, problems)}
    entries = coderows.analyze_entries(base, files, problems)
    docs, texts = pick_docs(base, files, problems)
    readme_text = texts.get(docs[0].rel, "") if docs and docs[0].source == "readme" else ""
    mentioned = [m.lstrip("./") for m in doc_mod.mentions(readme_text)]
    shell_rows, shells = coderows.shell_rows(base, files, problems, mentioned)
    shell_runs = {rel: script.runs for rel, script in shells.items()}
    sbatch = {rel: script.sbatch for rel, script in shells.items() if script.sbatch_lines}
    by_name: dict[str, list[str]] = {}
    for rel in files:
        if rel.endswith((".yaml", ".yml", ".json", ".toml")):
            by_name.setdefault(rel.rsplit("/", 1)[-1], []).append(rel)
    makefile = next((m for m in ("Makefile", "makefile", "GNUmakefile") if m in files), None)
    make_text = (read_text(base, makefile, problems) or "") if makefile else None
    make_targets = packaging.makefile_defines(make_text) if make_text is not None else None
    project = Project(base, consoles, entries, shell_runs, sbatch, by_name, make_targets)  # type: ignore[arg-type]

    rows: list[DetectedCommand] = []
    steps_by_doc: dict[str, list[tuple[int, DetectedCommand]]] = {}
    doc_list = list(docs)
    for rel, entry_info in entries.items():
        if entry_info.usage:
            doc_list.append(Doc(rel, 2, "docstring", os.path.dirname(rel)))
    for doc in doc_list:
        if doc.source == "docstring":
            usages = [doc_mod.Usage(line, text) for line, text in entries[doc.rel].usage]
        else:
            text = texts.get(doc.rel)
            if text is None:
                text = read_text(base, doc.rel, problems)
                if text is None:
                    continue
            usages = _usages(doc, text)
            doc.lines = text.count("\n") + 1 if doc.source != "notebook" else 0
        # a document with sections about training says where training is: rows outside them rank lower
        train_sections = any(rank.TRAIN_WORDS.search(" / ".join(u.headings)) for u in usages)
        earlier = ""  # what the document ran before: a file a step writes is not missing for later lines
        for usage in usages:
            found = resolve(usage, doc, project)
            earlier += "\n" + usage.text
            if found is None:
                continue
            row = found.row
            made = [m for m in found.missing if m in earlier[: -len(usage.text)]]
            if made:
                found.missing = [m for m in found.missing if m not in made]
                row.notes = [n for n in row.notes if not n.startswith("not in this checkout")]
                if found.missing:
                    row.notes.append("not in this checkout: " + ", ".join(found.missing))
            info = entries.get(row.entry or "")
            if info is not None:
                row.notes += [n for n in entry_mod.entry_notes(info) if n.startswith("uses ")]
                if info.hydra_config_path is not None:  # trainer=gpu -> configs/trainer/gpu.yaml
                    cdir = config_mod.hydra_dir(info.path, info.hydra_config_path)
                    chosen, unknown = config_mod.hydra_choices(found.parsed.args, cdir, base)
                    row.configs += [c for c in chosen if c not in row.configs]
                    if unknown:  # experiment=experiment_name: an option the project does not have
                        row.placeholders += [u for u in unknown if u not in row.placeholders]
                        row.notes.insert(0, "fill in: " + ", ".join(row.placeholders))
            row.score = _score_doc_row(found, usage, doc, entries)
            heading_path = " / ".join(usage.headings)
            if (train_sections and row.kind == "train" and not rank.TRAIN_WORDS.search(heading_path)
                    and not rank.START_CONTEXT.search(heading_path)):  # fmt: skip
                row.score -= 6
            for cfg in row.configs:
                tie(cfg, row.entry or row.command)
            steps_by_doc.setdefault(doc.rel, []).append((usage.line, row))
            if row.kind == "prepare" and row.entry is None:
                continue  # a download line is a step before a command, not a command of its own
            rows.append(row)
    _link_prerequisites(steps_by_doc)

    rows += coderows.script_rows(base, entries, configs, mentioned, tie)
    rows += shell_rows
    for name, (target, origin) in consoles.items():
        kind = rank.word_intent(name) or "other"
        notes = [f"console script -> {target}"]
        module = packaging.module_file(base, target)
        if module:
            notes[0] += f" ({module})"
        rows.append(DetectedCommand(command=name, source="console_script", origin=origin, notes=notes,
                                    score=rank.KIND_BASE[kind] + (15 if kind == "train" else 0), cwd=str(base), kind=kind))  # fmt: skip
    for makefile in ("Makefile", "makefile", "GNUmakefile"):
        if makefile in files:
            text = read_text(base, makefile, problems) or ""
            for target, recipe, _line in packaging.makefile_targets(text):
                if not packaging.makefile_relevant(target, recipe):
                    continue
                kind = rank.word_intent(target) or "train"
                entry = next((e for e in (coderows.first_py(r) for r in recipe) if e), None)
                rows.append(
                    DetectedCommand(
                        command=f"make {target}",
                        source="makefile",
                        origin=f"{makefile}:{target}",
                        notes=[f"recipe: {' && '.join(recipe)}"]
                        if recipe
                        else ["no recipe (depends on other targets)"],
                        entry=entry,
                        # the project's own wrapper of a run: above the bare script it runs
                        score=rank.KIND_BASE[kind]
                        + (15 if kind == "train" else 0)
                        + (3 if any(_LAUNCHES.search(r) for r in recipe) else 0),
                        cwd=str(base),
                        kind=kind,
                    )  # fmt: skip
                )
            break
    for row in rows:
        if shutil_which_needed(row, consoles):
            row.notes.append("not on PATH: `pip install -e .` first")
    rows = _dedupe(rows)
    rows.sort(key=lambda r: -r.score)
    rows = rank.fold_variants(rows)
    shown, more = rows[:MAX_ROWS], max(0, len(rows) - MAX_ROWS)
    for row in shown:
        row.score = round(row.score, 2)
    configs.sort(key=lambda c: c.path)
    if shown:
        message = f"{len(shown)} training command(s) found; the first is the most likely"
        if more:
            message += f" ({more} less likely ones not shown)"
    else:
        message = (
            f"no training command found in {base} (searched: "
            + "; ".join(SEARCHED)
            + "); type the command to run"
        )
    result = DetectionResult(
        root=str(base), commands=shown, configs=configs, entries=list(entries.values()), searched=list(SEARCHED),
        problems=problems, files_scanned=walked.seen, message=message, more=more,
    )  # fmt: skip
    if environment:
        from trainerd.training.environment import collect

        result.environment = collect(base, entries=list(entries.values()), interpreter=interpreter)
    return result


def shutil_which_needed(row: DetectedCommand, consoles: dict[str, tuple[str, str]]) -> bool:
    """A console script of this project that is not installed yet."""
    import shutil

    name = row.command.split()[0] if row.command else ""
    console = row.source == "console_script" or bool(
        row.notes and row.notes[0].startswith("console script `")
    )
    return console and name in consoles and shutil.which(name) is None


def _link_prerequisites(steps_by_doc: dict[str, list[tuple[int, DetectedCommand]]]) -> None:
    """Each documented training command gets the preparation steps the same document gives before
    it (since the previous training command): data preparation, downloads, fetching examples."""
    for rows in steps_by_doc.values():
        pending: list[DetectedCommand] = []
        for _line, row in sorted(rows, key=lambda item: item[0]):
            if row.kind == "prepare":
                pending.append(row)
            elif row.kind == "train":
                row.prerequisites = [Step(p.command, p.origin, p.cwd) for p in pending[-3:]]
                if row.prerequisites:
                    row.notes.append("run first: " + "; ".join(f"`{s.command}`" for s in row.prerequisites))
                pending = []


def _dedupe(rows: list[DetectedCommand]) -> list[DetectedCommand]:
    """One row per command line and folder: the best-scored keeps its place and gains the others' notes."""
    best: dict[tuple[str, str], DetectedCommand] = {}
    for row in sorted(rows, key=lambda r: -r.score):
        key = (row.cwd, " ".join(row.command.split()))
        kept = best.get(key)
        if kept is None:
            best[key] = row
            continue
        kept.notes += [n for n in row.notes if n not in kept.notes]
        kept.configs += [c for c in row.configs if c not in kept.configs]
        kept.resources = {**row.resources, **kept.resources}
        kept.backend = kept.backend or row.backend
        kept.script = kept.script or row.script
        kept.entry = kept.entry or row.entry
        also = f"also {row.origin}"
        if also not in kept.notes:
            kept.notes.append(also)
    for kept in best.values():  # a line repeated across a docs site: three places, then a count
        places = [n for n in kept.notes if n.startswith("also ")]
        if len(places) > MAX_ALSO:
            extra = set(places[MAX_ALSO:])
            kept.notes = [n for n in kept.notes if n not in extra]
            kept.notes.append(f"also in {len(extra)} more place(s)")
    return list(best.values())
