# a short run on the tiny character set
max_iters = 20
eval_interval = 5
