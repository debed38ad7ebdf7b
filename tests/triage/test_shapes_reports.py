"""Errors as other tools report them (pytest, torchrun's error file, rich, a DataLoader worker, TensorFlow,
a web page's escaped source, an exception group): triage reads the exception, the message and the user's
line from each as from Python's own traceback. The texts are written here in this project's values."""

from __future__ import annotations

from .conftest import triage_root as root

PYTEST_LONG = """\
=================================== FAILURES ===================================
_________________________________ test_forward _________________________________

    def test_forward():
        net = TinyNet().cuda()
>       out = net(torch.ones(2, 8))

tests/test_tiny.py:21:
_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _
../venv/lib/python3.11/site-packages/torch/nn/modules/module.py:1736: in _wrapped_call_impl
    return self._call_impl(*args, **kwargs)
_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _

    def forward(self, x):
>       return self.proj(x)
E       RuntimeError: Expected all tensors to be on the same device, but found at least two devices, \
cuda:0 and cpu!

src/tiny/model.py:14: RuntimeError
=========================== short test summary info ============================
FAILED tests/test_tiny.py::test_forward - RuntimeError: Expected all tensors to be on the same device
"""


def test_pytest_long_report_gives_the_exception_and_the_projects_line():
    r = root(PYTEST_LONG)
    assert (r.kind, r.category, r.exception) == ("runtime", "device_mismatch", "RuntimeError")
    assert (r.frame.file, r.frame.line, r.frame.function) == ("src/tiny/model.py", 14, "forward")
    assert r.frame.code == "return self.proj(x)"
    assert r.message.startswith("Expected all tensors to be on the same device")


def test_pytest_report_pasted_as_a_markdown_quote():
    quoted = "\n".join("> " + line for line in PYTEST_LONG.splitlines())
    r = root(quoted)
    assert (r.category, r.exception) == ("device_mismatch", "RuntimeError")
    assert (r.frame.file, r.frame.line, r.frame.code) == ("src/tiny/model.py", 14, "return self.proj(x)")


def test_pytest_short_report():
    text = """\
____________________________ test_loader_reads_shards ____________________________
tests/test_data.py:33: in test_loader_reads_shards
    batch = next(iter(make_loader("shards/")))
src/pipe/loader.py:58: in make_loader
    index = open(os.path.join(root, "index.json"))
E   FileNotFoundError: [Errno 2] No such file or directory: 'shards/index.json'
"""
    r = root(text)
    assert (r.kind, r.category, r.exception) == ("runtime", "file_not_found", "FileNotFoundError")
    assert (r.frame.file, r.frame.line, r.frame.function) == ("src/pipe/loader.py", 58, "make_loader")
    assert r.frame.code == 'index = open(os.path.join(root, "index.json"))'


def test_lines_starting_with_E_that_are_not_pytest_stay_as_they_were():
    text = (
        "E   some log line from a tool\nE   another\nTraceback (most recent call last):\n"
        "  File \"/w/run.py\", line 3, in <module>\n    go()\nKeyError: 'lr'\n"
    )
    r = root(text)
    assert (r.exception, r.frame.line) == ("KeyError", 3)


def test_torchrun_error_file_traceback_is_the_root_cause_with_the_users_frame():
    text = """\
[2025-02-11 08:14:02,551] torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: 1) \
local_rank: 1 (pid: 7712) of binary: /opt/py/bin/python
Traceback (most recent call last):
  File "/opt/py/bin/torchrun", line 8, in <module>
    sys.exit(main())
torch.distributed.elastic.multiprocessing.errors.ChildFailedError:
============================================================
pretrain.py FAILED
------------------------------------------------------------
Root Cause (first observed failure):
[0]:
  time      : 2025-02-11_08:14:02
  host      : gpu-node-04
  rank      : 1 (local_rank: 1)
  exitcode  : 1 (pid: 7712)
  error_file: /tmp/torchelastic_q1/none_a/attempt_0/1/error.json
  traceback : Traceback (most recent call last):
    File "/opt/py/lib/python3.11/site-packages/torch/distributed/elastic/multiprocessing/errors/__init__.py", \
line 355, in wrapper
      return f(*args, **kwargs)
    File "/home/kai/lm/pretrain.py", line 131, in main
      net.load_state_dict(state)
  RuntimeError: Error(s) in loading state_dict for Decoder:
  \tsize mismatch for embed.weight: copying a param with shape torch.Size([32000, 512]) from checkpoint, \
the shape in current model is torch.Size([32128, 512]).
============================================================
"""
    r = root(text)
    # (round 55: a checkpoint that does not fit the model is no longer claimed as architecture -- found, unknown)
    assert (r.kind, r.category, r.exception) == ("unknown", None, "RuntimeError")
    assert (r.frame.file, r.frame.line) == ("/home/kai/lm/pretrain.py", 131)


def test_rich_box_with_a_long_library_path_folded_mid_name():
    text = """\
╭───────────────────── Traceback (most recent call last) ──────────────────────╮
│ /home/kai/cls/fit.py:27 in <module>                                          │
│                                                                              │
│   26 │   trainer = Trainer(max_epochs=3)                                     │
│ ❱ 27 │   trainer.fit(module, datamodule=dm)                                  │
│                                                                              │
│ /home/kai/.venv/lib/python3.11/site-packages/lightning/pytorch/trainer/trainer │
│ .py:538 in fit                                                               │
│                                                                              │
│   538 │   │   call._call_and_handle_interrupt(                               │
╰──────────────────────────────────────────────────────────────────────────────╯
FileNotFoundError: [Errno 2] No such file or directory: '/home/kai/cls/data/val.csv'
"""
    r = root(text)
    assert r.category == "file_not_found"
    # the folded path is read as the library's file, so the user's frame is the script's
    assert (r.frame.file, r.frame.line) == ("/home/kai/cls/fit.py", 27)


def test_dataloader_worker_error_unknown_still_shows_the_workers_message_and_dataset_line():
    text = """\
Traceback (most recent call last):
  File "/srv/seg/train.py", line 77, in <module>
    for images, masks in loader:
  File "/opt/py/lib/python3.11/site-packages/torch/_utils.py", line 733, in reraise
    raise exception
PIL.UnidentifiedImageError: Caught UnidentifiedImageError in DataLoader worker process 1.
Original Traceback (most recent call last):
  File "/opt/py/lib/python3.11/site-packages/torch/utils/data/_utils/worker.py", line 351, in _worker_loop
    data = fetcher.fetch(index)
  File "/srv/seg/tiles.py", line 52, in __getitem__
    tile = Image.open(self.tiles[idx])
  File "/opt/py/lib/python3.11/site-packages/PIL/Image.py", line 3498, in open
    raise UnidentifiedImageError(msg)
PIL.UnidentifiedImageError: cannot identify image file '/scratch/tiles/r04_c19.png'
"""
    r = root(text)
    assert r.message == "cannot identify image file '/scratch/tiles/r04_c19.png'"
    assert (r.frame.file, r.frame.line) == ("/srv/seg/tiles.py", 52)


def test_html_escaped_traceback_from_a_web_page():
    text = """\
Traceback (most recent call last):
  File &quot;/home/lee/asr/train.py&quot;, line 64, in &lt;module&gt;
    feats = np.load(cfg[&#39;feats&#39;])
FileNotFoundError: [Errno 2] No such file or directory: &#39;feats/train.npy&#39;
"""
    r = root(text)
    assert (r.category, r.frame.file, r.frame.line) == ("file_not_found", "/home/lee/asr/train.py", 64)
    assert r.message.endswith("'feats/train.npy'")


def test_tensorflow_graph_execution_error_carries_what_failed():
    text = """\
Traceback (most recent call last):
  File "/home/lee/kws/fit.py", line 90, in <module>
    model.fit(train_ds, epochs=20)
  File "/opt/py/lib/python3.10/site-packages/tensorflow/python/eager/execute.py", line 53, in quick_execute
    tensors = pywrap_tfe.TFE_Py_Execute(ctx._handle, device_name, op_name,
tensorflow.python.framework.errors_impl.InvalidArgumentError: Graph execution error:

Detected at node 'loss/SparseXent' defined at (most recent call last):
    File "/home/lee/kws/fit.py", line 90, in <module>
      model.fit(train_ds, epochs=20)
Node: 'loss/SparseXent'
Received a label value of 35 which is outside the valid range of [0, 35).  Label values: 2 35 7
\t [[{{node loss/SparseXent}}]] [Op:__inference_train_function_9021]
"""
    r = root(text)
    assert r.message.startswith("Graph execution error:")
    assert "Received a label value of 35 which is outside the valid range" in r.message
    assert (r.frame.file, r.frame.line) == ("/home/lee/kws/fit.py", 90)


def test_exception_group_border_is_not_part_of_the_message():
    text = """\
  + Exception Group Traceback (most recent call last):
  |   File "/srv/etl/run.py", line 40, in <module>
  |     asyncio.run(main())
  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "/srv/etl/run.py", line 31, in fetch
    |     with open(part) as fh:
    | FileNotFoundError: [Errno 2] No such file or directory: 'parts/0007.parquet'
    +------------------------------------
"""
    r = root(text)
    assert r.category == "file_not_found"
    assert r.message == "[Errno 2] No such file or directory: 'parts/0007.parquet'"


COPIED = """\
Traceback (most recent call last):
  File "/data/ana/sum/train_sum.py", line 140, in <module>
    run(cfg)
  File "/data/ana/sum/pad.py", line 21, in collate
    ids = torch.tensor([ex["input_ids"] for ex in batch])
ValueError: expected sequence of length 512 at dim 1 (got 388)"""


def _answer(text: str):
    r = root(text)
    return r.exception, r.message, (r.frame.file, r.frame.line, r.frame.code)


EXPECTED = (
    "ValueError",
    "expected sequence of length 512 at dim 1 (got 388)",
    ("/data/ana/sum/pad.py", 21, 'ids = torch.tensor([ex["input_ids"] for ex in batch])'),
)


def test_traceback_copied_with_a_blank_line_after_every_line():
    assert _answer("\n\n".join(COPIED.splitlines()) + "\n\nwhat should I change?\n") == EXPECTED


def test_traceback_copied_from_a_rendered_page_with_no_break_spaces():
    assert _answer(COPIED.replace(" ", "\u00a0")) == EXPECTED


def test_traceback_flattened_onto_one_line_with_single_spaces():
    flat = " ".join(line.strip() for line in COPIED.splitlines())
    exc, msg, (file, line, _code) = _answer(f"Error when training: {flat}")
    assert (exc, msg, file, line) == EXPECTED[:2] + EXPECTED[2][:2]


def test_slurm_job_cancelled_is_found_with_its_reason_and_without_one():
    for line, said in [
        (
            "slurmstepd: error: *** JOB 88120 ON gpu-a12 CANCELLED AT 2025-03-02T04:00:12 DUE TO TIME LIMIT ***",
            "the job was cancelled due to time limit",
        ),
        (
            "slurmstepd: error: *** JOB 88120 ON gpu-a12 CANCELLED AT 2025-03-02T04:00:12 ***",
            "the job was cancelled (by a user or an administrator)",
        ),
    ]:
        r = root(f"step 4800 loss 2.113\n{line}\n")
        assert (r.kind, r.message) == ("unknown", said)


def test_metric_lines_after_an_exception_are_not_its_message():
    text = """\
Traceback (most recent call last):
  File "/srv/p/loop.py", line 40, in step
    x = batch["pixel_values"]
KeyError: 'pixel_values'
step 120 loss 2.113 lr 3.0e-04
{'loss': 2.05, 'grad_norm': 0.88, 'epoch': 0.4}
"""
    assert root(text).message == "'pixel_values'"
    text = text.replace("KeyError: 'pixel_values'", "RuntimeError: worker 3 gave up after retries")
    assert root(text).message == "worker 3 gave up after retries"
