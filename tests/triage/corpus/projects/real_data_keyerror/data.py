class Dataset:
    def __init__(self):
        self.rows = [{"text": "a", "labels": 0}, {"text": "b", "labels": 1}]

    def __getitem__(self, i):
        row = self.rows[i]
        return row["text"], row["label"]
