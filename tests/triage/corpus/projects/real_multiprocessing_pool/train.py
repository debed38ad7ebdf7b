import multiprocessing as mp

def preprocess(path):
    with open(path) as fh:
        return fh.read()

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        pool.map(preprocess, ["shard-0.txt", "shard-1.txt"])
