"""Round 92 (docs/accuracy.md, after sets LO-LV): CTranslate2's "CUDA failed with error out of memory" (no error
number) is the GPU's memory; Theano 1.0's "old GPU back-end" and Stable-Baselines3 given another package's Gym spaces
are the installed releases; a tensor operation on the user's line is no longer read as two sizes that do not fit when
the message is about a view of a non-contiguous tensor or a tensor of 0 elements; the standard library's packages in a
frozen app's folder (concurrent/futures, multiprocessing, asyncio) are not the user's frames. Texts written for this
project."""

from __future__ import annotations

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def test_ctranslate2_out_of_memory_without_a_number_is_cuda_oom():
    text = (
        "Traceback (most recent call last):\n"
        '  File "subs/transcribe.py", line 88, in run\n'
        "    segments, info = model.transcribe(clip, beam_size=5)\n"
        '  File "/opt/venv/lib/python3.10/site-packages/faster_whisper/transcribe.py", line 301, in transcribe\n'
        "    encoder_output = self.encode(segment)\n"
        "RuntimeError: CUDA failed with error out of memory\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "cuda_oom")


def test_theano_without_its_old_gpu_back_end_is_the_environments():
    text = (
        "Traceback (most recent call last):\n"
        '  File "D:\\recon\\train_voxels.py", line 9, in <module>\n'
        "    import theano.sandbox.cuda\n"
        "ValueError: You are tring to use the old GPU back-end. It was removed from Theano. Use device=cuda now.\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_stable_baselines3_given_gym_spaces_of_another_package_is_the_environments():
    text = (
        "```\n"
        "AssertionError: The algorithm only supports <class 'gymnasium.spaces.box.Box'> as action spaces but "
        "Box(-1.0, 1.0, (2,), float32) was provided\n"
        "```\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment")


def test_a_view_of_a_non_contiguous_tensor_is_not_a_shape_mismatch():
    text = (
        "Traceback (most recent call last):\n"
        '  File "ptr/decoder.py", line 71, in forward\n'
        "    probs = scores.transpose(1, 2).view(batch, -1)\n"
        "RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans "
        "across two contiguous subspaces). Use .reshape(...) instead.\n"
    )
    assert root(text).category != "shape_mismatch"


def test_a_reshape_of_a_tensor_of_0_elements_is_not_a_shape_mismatch():
    text = (
        "Traceback (most recent call last):\n"
        '  File "C:\\splat\\mesh_from_points.py", line 52, in build\n'
        "    normals = pts.reshape(n_views, -1, 3)\n"
        "RuntimeError: cannot reshape tensor of 0 elements into shape [4, -1, 3] because the unspecified dimension "
        "size -1 can be any value and is ambiguous\n"
    )
    report = triage_text(text)
    assert report.errors[report.root_cause].category != "shape_mismatch"


def test_guard_a_reshape_that_names_two_sizes_on_the_users_line_is_still_a_shape_mismatch():
    text = (
        "Traceback (most recent call last):\n"
        '  File "heads/pool.py", line 30, in forward\n'
        "    x = x.view(b, 512, 7, 7)\n"
        "RuntimeError: shape '[8, 512, 7, 7]' is invalid for input of size 131072\n"
    )
    assert root(text).category == "shape_mismatch"


def test_a_frozen_apps_standard_library_frame_is_not_the_users():
    text = (
        "Traceback (most recent call last):\n"
        '  File "D:\\VoiceTool\\app\\transcribe.py", line 212, in run\n'
        '  File "D:\\VoiceTool\\concurrent\\futures\\_base.py", line 619, in result_iterator\n'
        "RuntimeError: CUDA failed with error out of memory\n"
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("D:\\VoiceTool\\app\\transcribe.py", 212)
