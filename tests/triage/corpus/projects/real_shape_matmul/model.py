import numpy as np

def forward(x, w):
    return x @ w
