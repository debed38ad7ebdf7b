"""The model asked for a second opinion on an unknown root cause is shown the pasted text around it: a thread's
replies often say what the error was, and an error told only in words has nothing else to read. (The model is the
one test double allowed: ``ask`` here records what it was sent.)"""

from __future__ import annotations

from trainerd.triage.opinion import CONTEXT_CHARS, context_of, second_opinion
from trainerd.triage.service import triage_text


def asked(text: str) -> str:
    report = triage_text(text)
    root = report.errors[report.root_cause]
    sent: list = []

    def ask(messages):
        sent.append(messages)
        return "It looks like the sampler reads too many neighbours."

    opinion = second_opinion(root, ask, context_of(root, text))
    assert opinion["text"].startswith("It looks like") and opinion["label"].startswith("The model's opinion")
    return sent[0][-1]["content"]


def test_a_failure_told_in_words_is_asked_about_with_the_whole_paste():
    text = (
        "# GCN training crashes at a large batch size\n\n"
        "With batch_size 2048 it stops; with 256 it trains.\n\n---\n\n"
        "Setting neighs_num to a number instead of None fixed it for me.\n"
    )
    prompt = asked(text)
    assert "Setting neighs_num to a number instead of None fixed it" in prompt
    assert "The text it was found in" in prompt


def test_an_unknown_traceback_is_asked_about_with_the_lines_around_it_only():
    far = "".join(f"step {i} loss 1.{i:03d}\n" for i in range(200))
    text = (
        far + 'Traceback (most recent call last):\n  File "run.py", line 9, in <module>\nFooBarError: odd\n'
    )
    prompt = asked(text)
    assert "FooBarError: odd" in prompt and "step 199 loss" in prompt
    assert "step 0 loss" not in prompt  # 200 lines before the error are not the error's context


def test_a_long_paste_is_cut_to_its_head_and_tail():
    text = "# Training hangs after the first epoch\n" + "".join(
        f"note {i}: still waiting\n" for i in range(2000)
    )
    report = triage_text(text)
    shown = context_of(report.errors[report.root_cause], text)
    assert len(shown) <= CONTEXT_CHARS + 10 and "[...]" in shown
    assert shown.startswith("# Training hangs") and shown.rstrip().endswith("note 1999: still waiting")


def test_a_long_logs_unknown_error_is_asked_about_with_the_window_it_was_read_in(tmp_path):
    from trainerd.triage.service import LARGE_FILE, triage_file

    log = tmp_path / "run.log"
    filler = "".join(f"step {i} loss 1.{i % 1000:03d} lr 3e-4\n" for i in range(LARGE_FILE // 30))
    with open(log, "w") as fh:
        fh.write(filler)
        fh.write("rank 0 checkpoint shard 7 written by node-a\n")
        fh.write(
            'Traceback (most recent call last):\n  File "run.py", line 9, in <module>\nFooBarError: odd\n'
        )
        fh.write("".join(f"eval {i} acc 0.{i % 100:02d}\n" for i in range(20_000)))
    assert log.stat().st_size > LARGE_FILE
    sent: list = []

    def editor(messages, max_tokens, want_json):  # the editor's model: the one allowed double
        sent.append(messages)
        return "Probably the project's own check."

    report = triage_file(log, model="editor", completer=editor)
    root = report.errors[report.root_cause]
    assert root.exception == "FooBarError" and root.opinion["text"].startswith("Probably")
    prompt = sent[0][-1]["content"]
    assert "checkpoint shard 7 written by node-a" in prompt  # the line before the error, from its window
    assert "step 0 loss" not in prompt
