def save_log(path, text):
    with open(path, "w") as fh:
        fh.write(text)

save_log("/sys/kernel/notes", "step 1 loss 0.5")
