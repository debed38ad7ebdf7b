import numpy as np

def load(path):
    return np.loadtxt(path, delimiter=",")

def main():
    data = load("data/trian.csv")
    print(data.shape)

main()
