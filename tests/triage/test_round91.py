"""Round 91 (docs/accuracy.md, after sets LG-LN): a library's words that open with its qualified type
("lmdb.Error: <path>: No such file or directory") are read with the type the traceback gave them; torch.cat's "All
input tensors must be on the same device"; float() of a quoted value that is no number is the data's; unpickling a
class a library's module no longer defines is another release's file; an unpickling line spelled through cPickle is
still one; and an out of memory the writer only guesses at, says is gone, or mentions under a title about NaN is not
claimed. Texts written for this project."""

from __future__ import annotations

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def test_lmdb_naming_a_missing_path_is_file_not_found():
    text = (
        "Traceback (most recent call last):\n"
        '  File "pretrain.py", line 77, in <module>\n'
        "    shards = ShardSet(cfg.data_root)\n"
        '  File "/work/vmix/data/shards.py", line 23, in __init__\n'
        "    self.env = lmdb.open(root, readonly=True, lock=False)\n"
        "lmdb.Error: /scratch/kai/in1k/val.lmdb: No such file or directory\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found")


def test_torch_cat_over_two_devices_is_a_device_mismatch():
    text = (
        '  File "C:\\Users\\lee\\grip\\infer.py", line 58, in run\n'
        "    joints = torch.cat([palm, fingers], dim=1)\n"
        "RuntimeError: All input tensors must be on the same device. Received cuda:0 and cpu\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "device_mismatch")


def test_float_of_a_quoted_word_is_the_datas():
    text = (
        "Traceback (most recent call last):\n"
        '  File "prep_flows.py", line 31, in <module>\n'
        "    X = frame.values.astype(float)\n"
        "ValueError: could not convert string to float: 'udp_scan'\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "data_pipeline")


def test_guard_float_of_an_empty_string_is_not_claimed_as_the_datas():
    text = (
        "Traceback (most recent call last):\n"
        '  File "score.py", line 12, in <module>\n'
        "    value = float(proc.stdout.readline().strip())\n"
        "ValueError: could not convert string to float: ''\n"
    )
    assert root(text).category != "data_pipeline"


def test_unpickling_a_class_a_library_module_no_longer_defines_is_the_environments():
    text = (
        "Traceback (most recent call last):\n"
        '  File "eval_graph.py", line 40, in <module>\n'
        "    graphs = pickle.load(fh)\n"
        "AttributeError: Can't get attribute 'GraphBatch' on <module 'gnnlib.batch' from "
        "'/opt/env/lib/python3.10/site-packages/gnnlib/batch.py'>\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_guard_a_spawn_worker_missing_the_scripts_own_class_is_not_the_environments():
    text = (
        "Traceback (most recent call last):\n"
        '  File "<string>", line 1, in <module>\n'
        '  File "C:\\Python39\\lib\\multiprocessing\\spawn.py", line 126, in _main\n'
        "    self = reduction.pickle.load(from_parent)\n"
        "AttributeError: Can't get attribute 'Settings' on <module '__mp_main__' from 'D:\\\\seg\\\\train.py'>\n"
    )
    assert root(text).category != "environment"


def test_a_cpickle_load_that_cannot_decode_is_not_the_data_pipelines():
    text = (
        "Traceback (most recent call last):\n"
        '  File "C:\\rl\\agent\\replay.py", line 44, in read_episodes\n'
        "    episodes = six.moves.cPickle.load(fh)\n"
        "UnicodeDecodeError: 'ascii' codec can't decode byte 0x9a in position 3: ordinal not in range(128)\n"
    )
    assert root(text).category != "data_pipeline"


def test_an_out_of_memory_only_guessed_at_is_not_claimed():
    text = (
        'Classifier stops with "code too large" on my GTX 1080\n\n'
        "Reply: It should work there. Maybe you are running out of memory, try a shorter clip.\n"
    )
    report = triage_text(text)
    assert report.root_cause is None or report.errors[report.root_cause].category != "cuda_oom"


def test_an_out_of_memory_the_writer_says_is_gone_is_not_claimed():
    text = (
        "Checkpoint folder\n\n"
        "Thanks, I changed the batch size on the GPU as you said and the OOM error is gone now. "
        "But the model folder stays empty after training.\n"
    )
    report = triage_text(text)
    assert report.root_cause is None or report.errors[report.root_cause].category != "cuda_oom"


def test_an_out_of_memory_mentioned_under_a_title_about_nan_is_not_claimed():
    text = (
        "NaN loss with the variance head\n\n"
        "The loss turns NaN after the first batches. I train on the GPU; with more than 3 samples per batch "
        "it runs out of memory, so I kept 3.\n"
    )
    report = triage_text(text)
    assert report.root_cause is None or report.errors[report.root_cause].category != "cuda_oom"


def test_guard_an_out_of_memory_told_under_its_own_title_is_still_the_gpus():
    text = "Training stops after a few steps\n\nOn my RTX 3060 it runs out of memory at step 40 every time.\n"
    assert root(text).category == "cuda_oom"
