class BudgetExceeded(Exception):
    pass

def step(i):
    if i == 2:
        raise BudgetExceeded("run budget exhausted after step 2")

for i in range(5):
    step(i)
