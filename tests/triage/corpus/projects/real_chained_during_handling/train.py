import json

def read_config(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except FileNotFoundError:
        return defaults[path]

read_config("conf/missing.json")
