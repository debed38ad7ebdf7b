"""Fine-tuning laid out like a Hugging Face Trainer script: arguments from a JSON config, a model
class from the project, a training loop with logging, evaluation and checkpoints in output_dir."""

import json
import sys

import numpy as np
from model import TinyModel


def main(config_path: str) -> None:
    with open(config_path) as fh:
        args = json.load(fh)
    rng = np.random.default_rng(args["seed"])
    x = rng.normal(size=(64, 4))
    y = x @ np.array([1.0, -2.0, 0.5, 3.0])
    model = TinyModel(4)
    lr = args["learning_rate"]
    warmup = args["warmup_steps"]
    for step in range(1, args["max_steps"] + 1):
        scale = min(1.0, step / max(1, warmup))
        grad = x.T @ (model.forward(x) - y) / len(x)
        model.w -= lr * scale * grad
        if step % args["logging_steps"] == 0:
            loss = float(((model.forward(x) - y) ** 2).mean())
            print(json.dumps({"loss": round(loss, 4), "learning_rate": lr * scale, "step": step}))
        if step % args["eval_steps"] == 0:
            print(json.dumps({"eval_loss": round(float(((model.forward(x) - y) ** 2).mean()), 4)}))
    with open(f"{args['output_dir']}/checkpoint-{args['max_steps']}.json", "w") as fh:
        json.dump(model.state_dict(), fh)
    print("saved", args["output_dir"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "configs/train.json")
