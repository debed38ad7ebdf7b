"""Shared bits of the recording scripts: the fault to inject and a tiny learnable token task."""

from __future__ import annotations

import argparse
import os


def fault_arg(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    parser = parser or argparse.ArgumentParser()
    parser.add_argument(
        "--fault", default="none", choices=["none", "nan", "diverge", "plateau", "slow", "spike", "hang"]
    )
    parser.add_argument("--out", default=os.environ.get("RECORD_OUT", "out"))
    parser.add_argument("--steps", type=int, default=0)
    return parser


def token_batches(n: int, seq: int = 16, vocab: int = 32, seed: int = 0, noise: float = 0.0):
    """Sequences that count up modulo ``vocab`` from a random start: easy to learn, so loss falls.

    ``noise``: the share of tokens replaced at random, so the loss has a floor above zero."""
    import torch

    g = torch.Generator().manual_seed(seed)
    starts = torch.randint(0, vocab, (n, 1), generator=g)
    data = (starts + torch.arange(seq)) % vocab
    if noise:
        mask = torch.rand(data.shape, generator=g) < noise
        data[mask] = torch.randint(0, vocab, (int(mask.sum()),), generator=g)
    return data
