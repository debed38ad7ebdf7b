seen = {"train": 10, "val": 0}
assert seen["val"] > 0, f"bad split sizes {seen}"
