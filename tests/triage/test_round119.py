"""Round 119 (docs/accuracy.md, section 89, from the misses of sets TX-UE): a module missing told in a sentence in
lower case ("it says no module named 'lidarkit'") is read as Python's own message; a message that is only a path and
"not found." (NumPy's loader) is a missing file; soundfile's missing system library, mmcv's ops built without CUDA
and a CUDA toolkit older than the GPU are the environment; Open MPI's "exited on signal 9 (Killed)" is the host's
memory killer, on the rank it names; an IPython traceback cut inside a frame before its arrow line points at the
frame above (line 0 before). Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_a_module_missing_told_in_a_sentence_is_an_import_error():
    text = (
        "Setup was done as the README says.\n"
        "When I start classification with train_cls.py it says no module named 'lidarkit_ops', though the build\n"
        "printed no error. What am I missing?\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "import_error"), r.details.get("rule")
    assert "lidarkit_ops" in r.message


def test_a_module_missing_told_unquoted_in_a_sentence_is_an_import_error():
    text = "Hi! I tried `from pydoe2 import lhs` but there is no module named pydoe2. Could you help?\n"
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "import_error"), r.details.get("rule")


def test_a_fallback_warning_that_quotes_a_missing_module_is_not_an_import_error():
    # (a control: the library's own notice of a fallback, capitalised as Python prints it, is not the failure)
    text = (
        "Warning: fused kernel unavailable. Using Python fallback. Original ImportError was: "
        "ModuleNotFoundError(\"No module named 'fused_sgd_ext'\")\n"
        "epoch 1 | loss nan\n"
    )
    r = root(text)
    assert r.category != "import_error"


def test_a_path_not_found_by_numpys_loader_is_a_missing_file():
    text = _tb(
        ("tools/train_loc.py", 31, "<module>", "stats = np.loadtxt(args.stats_file)"),
        (
            ".venv/lib/python3.9/site-packages/numpy/lib/_datasource.py",
            533,
            "open",
            'raise IOError("%s not found." % path)',
        ),
        exc="OSError: /srv/radar/run04/pose_stats.txt not found.",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found"), r.details.get("rule")


def test_a_shared_library_not_found_is_not_a_missing_data_file():
    text = _tb(
        ("ops/__init__.py", 12, "<module>", "assert os.path.exists(lib), f'{lib} not found'"),
        exc="AssertionError: /opt/glyph/c_ops/libglyph.so not found",
    )
    assert root(text).category != "file_not_found"


def test_soundfiles_missing_system_library_is_the_environment():
    text = _tb(
        ("train.py", 3, "<module>", "import soundfile as sf"),
        (
            ".venv/lib/python3.8/site-packages/soundfile.py",
            142,
            "<module>",
            "raise OSError('sndfile library not found')",
        ),
        exc="OSError: sndfile library not found",
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_an_op_with_no_gpu_implementation_in_an_mmcv_build_is_the_environment():
    text = "RuntimeError: nms3d_rotated_forward_impl: implementation for device cuda:0 not found.\n"
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_a_cuda_toolkit_too_old_for_the_gpu_is_the_environment():
    text = (
        "running build_ext\n"
        "building 'knnquery_cuda' extension\n"
        "    /usr/local/cuda-9.0/bin/nvcc -I/opt/venv/include -c src/knn.cu -o build/knn.o -gencode arch=compute_86,code=sm_86\n"
        "    nvcc fatal   : Unsupported gpu architecture 'compute_86'\n"
        "error: command '/usr/local/cuda-9.0/bin/nvcc' failed with exit status 1\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_open_mpis_signal_9_is_the_hosts_memory_killer():
    text = (
        "Epoch 3 | step 1200 | loss 0.412\n"
        "--------------------------------------------------------------------------\n"
        "mpirun noticed that process rank 2 with PID 0 on node gpu07 exited on signal 9 (Killed).\n"
        "--------------------------------------------------------------------------\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")
    assert r.rank == 2


def test_an_ipython_traceback_cut_before_its_last_arrow_points_at_the_frame_above():
    text = (
        "KeyError                                  Traceback (most recent call last)\n"
        "<ipython-input-5-0f1e2d3c4b5a> in <module>()\n"
        "----> 1 stats = bench.query(cell)\n"
        "\n"
        "~\\Documents\\cellsearch\\bench\\api.py in query(self, cell, epochs)\n"
        "    310         self._check(cell)\n"
        "--> 312     fixed, computed = self.metrics_for(cell)\n"
        "    313     pick = random.randint(0, self.repeats - 1)\n"
        "\n"
        "~\\Documents\\cellsearch\\bench\\api.py in metrics_for(self, cell)\n"
        "    401     self._check(cell)\n"
        "    402     key = self._hash(\n"
    )
    r = root(text)
    assert r.frame is not None and (r.frame.function, r.frame.line) == ("query", 312)
