"""Round 93 (docs/accuracy.md, after sets LW-MD): llama-cpp-python's "Model path does not exist" is a missing file;
LangChain's "Could not import X python package. Please install it" is an import error; PIL's "cannot identify image
file" is a file of the data that is no image; "Dimension out of range" is no longer claimed as a shape mismatch (an
index past a tensor's dimensions is the index's, as often as the shapes'); a Cython-compiled module's frame
("pydantic/main.py", in pydantic.main.BaseModel.__init__) is not the user's. Texts written for this project."""

from __future__ import annotations

from trainerd.triage.service import triage_text

from .conftest import triage_root as root


def test_a_llama_model_path_that_does_not_exist_is_file_not_found():
    text = (
        "pydantic.v1.error_wrappers.ValidationError: 1 validation error for LlamaCpp\n"
        "__root__\n"
        "  Could not load Llama model from path: ./models/tiny-chat.gguf. Received error Model path does not exist: "
        "./models/tiny-chat.gguf (type=value_error)\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "file_not_found")


def test_langchain_naming_a_package_to_install_is_an_import_error():
    text = (
        "ValidationError: 1 validation error for GPT4All\n"
        "__root__\n"
        "  Could not import gpt4all python package. Please install it with `pip install gpt4all`. (type=value_error)\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("runtime", "import_error")


def test_an_image_pil_cannot_identify_is_the_datas():
    text = (
        "Traceback (most recent call last):\n"
        '  File "retrieval/build_index.py", line 64, in <module>\n'
        "    img = Image.open(path)\n"
        '  File "/opt/conda/lib/python3.9/site-packages/PIL/Image.py", line 3008, in open\n'
        "    raise UnidentifiedImageError(msg)\n"
        "PIL.UnidentifiedImageError: cannot identify image file '/data/shop/img_0042.jpg'\n"
    )
    r = root(text)
    assert (r.kind, r.category) == ("logic", "data_pipeline")


def test_dimension_out_of_range_is_not_claimed_as_a_shape_mismatch():
    text = (
        "Traceback (most recent call last):\n"
        '  File "heads/score.py", line 41, in forward\n'
        "    probs = logits.softmax(dim=1)\n"
        "IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)\n"
    )
    report = triage_text(text)
    assert report.errors[report.root_cause].category != "shape_mismatch"


def test_a_cython_compiled_library_frame_is_not_the_users():
    text = (
        "Traceback (most recent call last):\n"
        '  File "C:\\Users\\ana\\qa-app\\app.py", line 22, in <module>\n'
        "    llm = LlamaCpp(model_path=MODEL)\n"
        '  File "pydantic\\main.py", line 341, in pydantic.main.BaseModel.__init__\n'
        "pydantic.error_wrappers.ValidationError: 1 validation error for LlamaCpp\n"
        "__root__\n"
        "  Could not load Llama model from path: ./m.gguf. Received error Model path does not exist: ./m.gguf "
        "(type=value_error)\n"
    )
    r = root(text)
    assert r.frame is not None and (r.frame.file, r.frame.line) == ("C:\\Users\\ana\\qa-app\\app.py", 22)
