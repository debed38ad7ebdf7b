from data import Dataset

ds = Dataset()
for i in range(2):
    x, y = ds[i]
