"""A small Keras 3 model (torch backend) fitted on synthetic data, with validation."""

from __future__ import annotations

import os
import time

os.environ.setdefault("KERAS_BACKEND", "torch")

import keras
import numpy as np
from common import fault_arg

args = fault_arg().parse_args()
keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(2048, 16)).astype("float32")
y = (x[:, :4].sum(1) > 0).astype("float32")
if args.fault == "nan":
    x[700:760] = np.nan
lr = {"plateau": 0.0}.get(args.fault, 1e-2)


class Slow(keras.callbacks.Callback):
    def on_train_batch_end(self, batch, logs=None):
        if args.fault == "slow" and self.model.optimizer.iterations.numpy() > 150:
            time.sleep(0.05)


model = keras.Sequential(
    [
        keras.Input((16,)),
        keras.layers.Dense(32, activation="relu"),
        # torch's binary_cross_entropy refuses NaN probabilities: the NaN run works on logits
        keras.layers.Dense(1, activation=None if args.fault == "nan" else "sigmoid"),
    ]
)
loss = keras.losses.BinaryCrossentropy(from_logits=args.fault == "nan")
model.compile(optimizer=keras.optimizers.SGD(lr, momentum=0.9), loss=loss, metrics=["accuracy"])
callbacks = [Slow()]
if args.fault == "diverge":  # a schedule that climbs too far
    callbacks.append(keras.callbacks.LearningRateScheduler(lambda epoch: 1e-2 * 10**epoch))
model.fit(
    x, y, batch_size=32, epochs=args.steps or 6, validation_split=0.2, callbacks=callbacks, shuffle=False
)
