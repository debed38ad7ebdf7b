"""Round 118 (docs/accuracy.md, section 88, from the misses of sets TP-TW): PIL's "image file is truncated" is a
damaged file of the data; two OpenMP runtimes of any make loaded together are the environment; an IPython frame whose
path holds a space (Colab's "My Drive") or a Windows drive is read as a frame, and a Windows install's lower-case
``lib`` is the standard library. Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import triage_root as root


def test_an_image_file_of_the_data_cut_short_is_the_data_pipeline():
    text = _tb(
        ("train.py", 40, "<module>", "for images, targets in loader:"),
        (".venv/lib/python3.10/site-packages/PIL/ImageFile.py", 250, "load", "raise OSError("),
        exc="OSError: image file is truncated (23 bytes not processed)",
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "data_pipeline"), r.details.get("rule")


def test_two_openmp_runtimes_of_different_makes_are_the_environment():
    text = (
        "compiling the model...\n"
        "OMP: Error #15: Initializing libomp.dylib, but found libiomp5.dylib already initialized.\n"
        "OMP: Hint This means that multiple copies of the OpenMP runtime have been linked into the program.\n"
        "zsh: abort      python sample.py --init_from=resume\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "environment"), r.details.get("rule")


def test_an_ipython_frame_under_a_path_with_a_space_is_the_users_frame():
    text = (
        "RuntimeError                              Traceback (most recent call last)\n"
        "<ipython-input-4-0a1b2c3d4e5f> in <module>()\n"
        "      2 net = Detector.load('herd.pth')\n"
        "----> 3 boxes = net.predict(img)\n"
        "\n"
        "/content/drive/My Drive/herd/detector.py in predict(self, images)\n"
        "    140         batch = [im.to(self.device) for im in images]\n"
        "--> 141         out = self.model(batch)\n"
        "\n"
        "/usr/local/lib/python3.7/dist-packages/torch/nn/modules/module.py in _call_impl(self, *input, **kwargs)\n"
        "--> 889             result = self.forward(*input, **kwargs)\n"
        "\n"
        "RuntimeError: shape '[2, -1, 4]' is invalid for input of size 6\n"
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == (
        "/content/drive/My Drive/herd/detector.py",
        141,
    )


def test_an_ipython_frame_under_a_windows_drive_is_read_and_its_python_install_is_the_standard_library():
    text = (
        "KeyError                                  Traceback (most recent call last)\n"
        "<ipython-input-9-ffee00112233> in <module>\n"
        "----> 1 meters = read_meters(store)\n"
        "\n"
        "d:\\work\\nilm\\loaders\\meters.py in read_meters(store)\n"
        "     84     for key in store.keys():\n"
        "---> 85         yield store[key]['power']\n"
        "\n"
        "e:\\python38\\lib\\contextlib.py in __exit__(self, type, value, traceback)\n"
        "--> 131                 self.gen.throw(type, value, traceback)\n"
        "\n"
        "KeyError: 'power'\n"
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("d:\\work\\nilm\\loaders\\meters.py", 85)
