"""Round 131 (docs/accuracy.md, section 93, from the misses of sets XH-XO): LightGBM 4 and XGBoost 2 refusing the
early-stopping arguments older releases took is the environment (multiprocessing's "bootstrapping phase" error stays
unclaimed: 5 environment, 2 unknown on the corpus now, round 100's call); autograd's "Mismatch in shape: grad_output[0] has a
shape of" is a shape error; a graph library's object handed to torch's default collate is not called a data error.
Texts written for this project."""

from __future__ import annotations

from .conftest import framed_traceback as _tb
from .conftest import root_answer as _answer


def test_lightgbm_4_refusing_early_stopping_rounds_is_the_environment():
    text = _tb(
        (
            "forecast/fit_booster.py",
            52,
            "fit",
            "booster = lgb.train(params, dtrain, early_stopping_rounds=40)",
        ),
        exc="TypeError: train() got an unexpected keyword argument 'early_stopping_rounds'",
    )
    assert _answer(text) == ("runtime", "environment")


def test_an_unexpected_keyword_of_the_users_own_function_stays_unknown():
    # control: the same words for another argument name say nothing about a release
    text = _tb(
        ("forecast/fit_booster.py", 52, "fit", "booster = train(params, dtrain, patience=40)"),
        exc="TypeError: train() got an unexpected keyword argument 'patience'",
    )
    assert _answer(text)[1] != "environment"


def test_a_gradient_of_another_shape_than_its_output_is_a_shape_error():
    text = (
        "Training the critic fails at the first step with\n"
        "`RuntimeError: Mismatch in shape: grad_output[0] has a shape of torch.Size([16]) and output[0] has a shape "
        "of torch.Size([16, 1]).`\n"
    )
    assert _answer(text) == ("logic", "shape_mismatch")


def _collated(found: str, loop: str) -> str:
    return _tb(
        ("train_graphs.py", 77, "main", loop),
        (
            "/opt/env/lib/python3.9/site-packages/torch/utils/data/_utils/collate.py",
            141,
            "default_collate",
            "raise TypeError(default_collate_err_msg_format.format(elem_type))",
        ),
        exc=(
            "TypeError: default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found "
            f"<class '{found}'>"
        ),
    )


def test_a_graph_librarys_object_in_torchs_default_collate_is_not_called_a_data_error():
    assert _answer(_collated("torch_geometric.data.data.Data", "for batch in loader:")) == ("unknown", None)


def test_a_dataset_returning_pil_images_to_default_collate_stays_a_data_error():
    # control: the dataset's own item is what collate refused
    assert _answer(_collated("PIL.Image.Image", "for images, labels in loader:")) == (
        "logic",
        "data_pipeline",
    )
