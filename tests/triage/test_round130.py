"""Round 130 (docs/accuracy.md, section 93, from the misses of sets WZ-XG): backward() on a loss that is not one
number is held unknown when the run went through DataParallel on several GPUs (the gathered per-GPU losses, or the
loss itself); Keras' ModelCheckpoint that can never save a best model is the run's configuration; Theano's
"Shape mismatch: x has N cols but y has M cols" is a shape error; a run told to end with the shell's "Killed" in a
sentence ("and then Killed", "gets Killed") is the host's memory; a GPU memory shortage only guessed at in Chinese
("看看是不是显存不够") is not claimed. Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer
from .conftest import triage_root as root
from .conftest import watched_session

_SCALAR = "RuntimeError: grad can be implicitly created only for scalar outputs"


def _scalar_backward(*before: str) -> str:
    return (
        "\n".join(before)
        + "\n"
        + _tb(
            ("tools/pretrain.py", 88, "run_epoch", "total.backward()"),
            (
                "/srv/env/lib/python3.8/site-packages/torch/autograd/__init__.py",
                166,
                "_make_grads",
                'raise RuntimeError("grad can be implicitly created only for scalar outputs")',
            ),
            exc=_SCALAR,
        )
    )


def test_a_non_scalar_loss_under_data_parallel_is_held_unknown_and_explained():
    t = root(_scalar_backward("2024-02-11 09:30:02 - trainer - INFO - wrapping the model in nn.DataParallel"))
    assert (t.kind, t.category) == ("unknown", None)
    assert "one value per GPU" in t.explanation and "loss.mean()" in t.explanation
    # an unknown answer names the lines it read (what the model's second opinion is asked about)
    assert t.details["looked_at"]["exceptions"] == [_SCALAR]


def test_lightnings_dp_frames_count_as_data_parallel():
    text = _tb(
        ("fit.py", 40, "main", "trainer.fit(model, datamodule)"),
        (
            "/srv/env/lib/python3.7/site-packages/pytorch_lightning/accelerators/dp_accelerator.py",
            110,
            "train",
            "results = self.train_or_test()",
        ),
        (
            "/srv/env/lib/python3.7/site-packages/torch/autograd/__init__.py",
            132,
            "_make_grads",
            'raise RuntimeError("grad can be implicitly created only for scalar outputs")',
        ),
        exc=_SCALAR,
    )
    assert _answer(text) == ("unknown", None)


def test_a_non_scalar_loss_on_one_gpu_stays_the_loss():
    # control: nothing says the run used several GPUs, and DistributedDataParallel reduces nothing into a vector
    assert _answer(_scalar_backward("launching with DistributedDataParallel, world size 1")) == (
        "logic",
        "loss",
    )


def test_keras_checkpoint_that_can_never_save_a_best_model_is_the_configuration():
    text = (
        "Epoch 1/30\n"
        "412/412 [==============================] - 61s 148ms/step - loss: 0.5312 - accuracy: 0.7407\n"
        "WARNING:tensorflow:Can save best model only with val_acc available, skipping.\n"
    )
    assert _answer(text) == ("runtime", "config_error")


def test_theanos_operand_sizes_that_disagree_are_a_shape_error():
    text = (
        "Fitting the embedding stops at the first update:\n"
        "ValueError: Shape mismatch: x has 640 cols (and 20 rows) but y has 32 rows (and 2 cols)\n"
        "Apply node that caused the error: Dot22(Elemwise{sub,no_inplace}.0, W)\n"
    )
    assert _answer(text) == ("logic", "shape_mismatch")


def test_a_run_told_to_end_with_the_shells_killed_is_the_hosts_memory():
    text = (
        "# Training on my own scans\n\n"
        "Each time I start it I get as far as Epoch 1/80 and then Killed.\n"
        "```\n2023-05-02 10:11:09 W allocator: Allocation of 805306368 exceeds 10% of free system memory.\n```\n"
    )
    t = root(text)
    assert (t.kind, t.category) == ("runtime", "environment")
    assert "SIGKILL" in t.message


def test_a_title_saying_training_gets_killed_is_the_hosts_memory():
    assert _answer("[Bug] The fine-tuning run gets Killed\n\nIt happens a few minutes into epoch 2.\n") == (
        "runtime",
        "environment",
    )


def test_a_killed_run_the_writer_stopped_stays_unknown():
    # control: the writer killed it
    assert _answer("The sweep got Killed by me with ctrl-c after 3 trials\n")[1] != "environment"


def test_a_gpu_memory_shortage_only_guessed_at_in_chinese_is_not_claimed():
    text = (
        "# 训练第三个数据集时报错\n\n"
        "训练 B 数据集的时候出现 cuda 错误，其他两个数据集都没问题。\n\n"
        "---\n"
        "maintainer: 先确认环境；这个数据集大很多，看看是不是显存不够。\n"
    )
    assert _answer(text)[1] != "cuda_oom"


def test_a_gpu_memory_shortage_told_in_chinese_is_still_an_out_of_memory():
    # control: told, not guessed
    assert _answer("训练到第 3 个 epoch 显存不足，程序退出了。GPU 是 3090。\n") == ("runtime", "cuda_oom")


def _watched(folder, command: str, log: str) -> list[dict]:
    """The crash events a live run's watcher raises on ``log`` (a session launched with ``command``)."""
    return [
        e.details["triage"]
        for e in watched_session(folder, log, command).consume()
        if getattr(e, "kind", "") == "crash"
    ]


def test_a_live_runs_watch_reads_data_parallel_around_a_non_scalar_loss(tmp_path):
    log = _scalar_backward("epoch 0: wrapping the model in nn.DataParallel over 4 GPUs") + "\n"
    (crash,) = _watched(tmp_path, "python tools/pretrain.py", log)
    assert (crash["kind"], crash["category"]) == ("unknown", None)
    assert "loss.mean()" in crash["explanation"]


def test_a_live_runs_watch_reads_the_gpus_in_the_launch_command(tmp_path):
    (crash,) = _watched(
        tmp_path, "python tools/pretrain.py --strategy dp --gpus 2", _scalar_backward("epoch 0") + "\n"
    )
    assert (crash["kind"], crash["category"]) == ("unknown", None)
    # the same log from a one-GPU launch stays the loss
    (tmp_path / "b").mkdir()
    (crash,) = _watched(tmp_path / "b", "python tools/pretrain.py", _scalar_backward("epoch 0") + "\n")
    assert (crash["kind"], crash["category"]) == ("logic", "loss")
